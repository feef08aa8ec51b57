// Test support: the text analyser loaded once per test process from the source tree's data folder, for
// the stage tests that need real normalisation, segmentation and dates (text, ingest, coder).
#pragma once

#include "text/analyzer.h"

namespace marsad::test {

inline const text::Analyzer& SharedAnalyzer() {
  static const text::Analyzer a = [] {
    text::AnalyzerOptions o;
    o.data_dir = MARSAD_DATA_DIR;
    return text::Analyzer::Load(o).value();
  }();
  return a;
}

}  // namespace marsad::test
