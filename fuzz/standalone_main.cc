// A main() for fuzz targets built without libFuzzer: runs the target on each file given, so the targets
// build and run in the ordinary test suite (regression corpus), and under clang -fsanitize=fuzzer for real.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) { std::fprintf(stderr, "%s: cannot open\n", argv[i]); return 2; }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  std::printf("%d inputs ran\n", argc - 1);
  return 0;
}
