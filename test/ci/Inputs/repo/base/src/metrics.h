#pragma once
void StartExposer();
void RunServer();
