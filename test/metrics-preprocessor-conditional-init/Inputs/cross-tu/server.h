#pragma once
struct Server {
  void Run(); // a serve point of cross-tu.json
};
