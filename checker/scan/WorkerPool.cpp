//===--- WorkerPool.cpp - Worker processes, with limits -------------------===//

#include "WorkerPool.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

#include <chrono>
#include <csignal>
#include <optional>
#include <thread>

namespace metrics_init_check {
namespace scan {

namespace {

using Clock = std::chrono::steady_clock;

struct Running {
  size_t Index;
  llvm::sys::ProcessInfo Process;
  Clock::time_point Started;
};

/// The worker's stderr, at most its first 64 KB (a crash's stack dump
/// follows what matters).
std::string readStderr(llvm::StringRef File) {
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer)
    return "";
  return (*Buffer)->getBuffer().take_front(64 << 10).str();
}

std::string lastLine(llvm::StringRef Text) {
  Text = Text.rtrim();
  return Text.substr(Text.rfind('\n') + 1).take_front(300).str();
}

} // namespace

std::vector<ProcessOutcome>
runProcesses(llvm::StringRef Executable, llvm::ArrayRef<ProcessJob> Jobs,
             const PoolOptions &Opts,
             const std::function<void(size_t)> &Done) {
  std::vector<ProcessOutcome> Out(Jobs.size());
  std::vector<Running> Active;
  size_t Next = 0;
  unsigned Width = std::max(1u, Opts.Jobs);
  auto Finish = [&](size_t Index) {
    if (Done)
      Done(Index);
  };
  while (Next < Jobs.size() || !Active.empty()) {
    while (Active.size() < Width && Next < Jobs.size()) {
      const ProcessJob &Job = Jobs[Next];
      std::vector<llvm::StringRef> Argv = {Executable};
      for (const std::string &Arg : Job.Args)
        Argv.push_back(Arg);
      std::optional<llvm::StringRef> Redirects[] = {
          llvm::StringRef(""), llvm::StringRef(""),
          llvm::StringRef(Job.StderrFile)};
      std::string Error;
      bool Failed = false;
      llvm::sys::ProcessInfo PI = llvm::sys::ExecuteNoWait(
          Executable, Argv, std::nullopt, Redirects, Opts.MemoryMB, &Error,
          &Failed);
      if (Failed || PI.Pid == llvm::sys::ProcessInfo::InvalidPid) {
        Out[Next].Why = "the worker process could not be started: " + Error;
        Finish(Next++);
        continue;
      }
      Active.push_back({Next++, PI, Clock::now()});
    }
    bool Any = false;
    for (size_t I = 0; I < Active.size();) {
      Running &R = Active[I];
      std::string Error;
      llvm::sys::ProcessInfo State =
          llvm::sys::Wait(R.Process, /*SecondsToWait=*/0, &Error);
      ProcessOutcome &O = Out[R.Index];
      if (State.Pid == 0) {
        if (Clock::now() - R.Started <
            std::chrono::seconds(Opts.TimeoutSeconds)) {
          ++I;
          continue;
        }
        ::kill(R.Process.Pid, SIGKILL);
        llvm::sys::Wait(R.Process, std::nullopt);
        O.Why = "ran past the " + std::to_string(Opts.TimeoutSeconds) +
                " s limit (--tu-timeout) and was stopped";
      } else if (State.ReturnCode == 0) {
        O.Ok = true;
      } else {
        std::string Stderr = readStderr(Jobs[R.Index].StderrFile);
        std::string Last = lastLine(Stderr);
        if (State.ReturnCode == -2)
          O.Why = "the parser crashed (" +
                  (Error.empty() ? std::string("signal") : Error) + ")";
        else
          O.Why = "the worker failed (exit code " +
                  std::to_string(State.ReturnCode) +
                  (Error.empty() ? "" : "; " + Error) + ")";
        llvm::StringRef Said = Stderr;
        if (Opts.MemoryMB && (Said.contains("out of memory") ||
                              Said.contains("bad_alloc") ||
                              Said.contains("Cannot allocate memory")))
          O.Why += "; it ran out of memory (--tu-memory " +
                   std::to_string(Opts.MemoryMB) + " MB)";
        // After a crash the last line is LLVM's stack dump, not a reason.
        else if (!Last.empty() && State.ReturnCode != -2)
          O.Why += ": " + Last;
      }
      Any = true;
      Finish(R.Index);
      Active.erase(Active.begin() + I);
    }
    if (!Any && !Active.empty())
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return Out;
}

} // namespace scan
} // namespace metrics_init_check
