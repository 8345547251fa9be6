// Found only through the database's -I (the path is not the tree's spelling).
#pragma once
constexpr const char *kMetricsAddress = "0.0.0.0:9100";
constexpr int kBacklog = 16;
