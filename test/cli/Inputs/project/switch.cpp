bool FLAGS_enable_metrics = false;
void StartExposer();
void RunServer();

void Serve() {
  if (FLAGS_enable_metrics)
    StartExposer();
  RunServer();
}
