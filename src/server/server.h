// marsad_server: the HTTP JSON API over the event store (docs/api.md) and the static files of the analysts'
// dashboard (web/). Reads go through a small pool of store connections (one per request at a time; SQLite
// connections are never shared between threads); uploads (POST /api/documents) are cleaned, coded and
// stored one request at a time, and only with a bearer token set at start-up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/status.h"

namespace marsad::server {

struct ServerOptions {
  std::string db = "marsad.db";  // SQLite path or postgresql:// URL (store::Store::Open)
  std::string host = "127.0.0.1";
  int port = 8080;               // 0: any free port (see Server::port())
  std::string token;             // bearer token for POST /api/documents; "" disables uploads
  std::string web_dir;           // dashboard asset folder; "" = DefaultWebDir()
  int threads = 8;               // HTTP worker threads
  int connections = 4;           // store connections in the pool
  size_t max_body_bytes = 8u << 20;
  int max_offset = 100000;       // bound on /api/events?offset=
};

// The dashboard asset folder: $MARSAD_WEB, else web/dist beside the data folder (DataDir()/../web/dist, i.e.
// share/marsad/web/dist when installed or web/dist in the source tree), else "" when there is none.
std::string DefaultWebDir();

class Server {
 public:
  // Opens one store connection (checking the database), loads the coding pipeline when a token is set.
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();

  // Binds the listening socket (port 0: a free port); port() is valid afterwards.
  Status Bind();
  int port() const;
  // Serves until Stop() (from another thread or a signal handler thread). Returns false on socket errors.
  bool Run();
  void Stop();

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::server
