// `marsad serve`: the HTTP JSON API over the event database and the analysts' dashboard (docs/api.md).
// Listens on 127.0.0.1 by default; uploads (POST /api/documents) only with --token. Stops on SIGINT/SIGTERM.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "server/server.h"

namespace marsad::cli {

void RegisterServe(CLI::App& app, Runner* run) {
  auto opt = std::make_shared<server::ServerOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Serve the event database as an HTTP JSON API under /api/ (docs/api.md) and the analysts' dashboard.\n"
      "Listens on 127.0.0.1 by default. POST /api/documents (clean, code and store articles) needs --token\n"
      "(or $MARSAD_TOKEN) and an Authorization: Bearer header.");
  cmd->add_option("--db", opt->db, "SQLite file or postgresql:// URL (default marsad.db)");
  cmd->add_option("--port", opt->port, "TCP port (default 8080; 0 = any free port, printed at start-up)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--host", opt->host, "address to listen on (default 127.0.0.1; 0.0.0.0 exposes the API to the network)");
  cmd->add_option("--token", opt->token, "bearer token that enables POST /api/documents (default: $MARSAD_TOKEN; none = uploads disabled)");
  cmd->add_option("--web", opt->web_dir, "dashboard asset folder (default: $MARSAD_WEB, else web/dist beside the data folder)");
  cmd->add_option("--threads", opt->threads, "HTTP worker threads (default 8)")->check(CLI::Range(1, 256));
  cmd->add_option("--connections", opt->connections, "database connections in the pool (default 4)")->check(CLI::Range(1, 64));
  cmd->callback([opt, run] {
    *run = [opt]() -> int {
      if (opt->token.empty())
        if (const char* env = std::getenv("MARSAD_TOKEN"); env != nullptr) opt->token = env;
      if (!opt->token.empty() && opt->token.size() < 16) {
        PrintError("--token must be at least 16 characters");
        return kExitFatal;
      }
      // SIGINT/SIGTERM are blocked in every thread and taken by one waiting thread that stops the server.
      sigset_t signals;
      sigemptyset(&signals);
      sigaddset(&signals, SIGINT);
      sigaddset(&signals, SIGTERM);
      pthread_sigmask(SIG_BLOCK, &signals, nullptr);
      std::signal(SIGPIPE, SIG_IGN);

      Result<std::unique_ptr<server::Server>> srv = server::Server::Create(*opt);
      if (!srv.ok()) { PrintError(srv.status().ToString()); return kExitFatal; }
      if (Status st = (*srv)->Bind(); !st.ok()) { PrintError(st.message()); return kExitFatal; }
      server::Server* s = srv->get();
      std::thread waiter([s, signals] {
        int sig = 0;
        sigwait(&signals, &sig);
        s->Stop();
      });
      std::fprintf(stderr, "marsad serve: listening on http://%s:%d/ (uploads %s)\n", opt->host.c_str(), s->port(),
                   opt->token.empty() ? "disabled" : "enabled");
      std::fflush(stderr);
      const bool ok = s->Run();
      // Wake the waiter when Run() ended on its own.
      if (waiter.joinable()) { pthread_kill(waiter.native_handle(), SIGTERM); waiter.join(); }
      std::fprintf(stderr, "marsad serve: stopped\n");
      return ok ? kExitOk : kExitFatal;
    };
  });
}

}  // namespace marsad::cli
