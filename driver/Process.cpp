//===- Process.cpp - posix_spawn and friends ------------------------------===//
#include "Process.h"

#include "Diagnostics.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <optional>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace migcc {

namespace {

volatile std::sig_atomic_t gPendingSignal = 0;

void onTerminatingSignal(int sig) { gPendingSignal = sig; }

constexpr int kTerminatingSignals[] = {SIGINT, SIGTERM, SIGHUP};

bool isSafeShellChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::strchr("_@%+=:,./-", c) != nullptr;
}

std::string replaceAll(std::string text, const std::string &from, const std::string &to) {
  if (from.empty())
    return text;
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

void writeAll(int fd, const std::string &data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return;
    done += size_t(n);
  }
}

/// RAII pipe for the child's stderr.
class StderrPipe {
public:
  StderrPipe() {
    if (::pipe2(fds_, O_CLOEXEC) != 0)
      throw DriverError(fmt::format("cannot create a pipe: {}", std::strerror(errno)));
  }
  ~StderrPipe() {
    closeRead();
    closeWrite();
  }
  int readEnd() const { return fds_[0]; }
  int writeEnd() const { return fds_[1]; }
  void closeWrite() {
    if (fds_[1] >= 0)
      ::close(fds_[1]);
    fds_[1] = -1;
  }
  void closeRead() {
    if (fds_[0] >= 0)
      ::close(fds_[0]);
    fds_[0] = -1;
  }
  std::string drain() {
    std::string out;
    char buf[4096];
    for (;;) {
      ssize_t n = ::read(fds_[0], buf, sizeof buf);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      out.append(buf, size_t(n));
    }
    return out;
  }

private:
  int fds_[2] = {-1, -1};
};

/// RAII posix_spawn_file_actions_t.
class FileActions {
public:
  FileActions() { posix_spawn_file_actions_init(&fa_); }
  ~FileActions() { posix_spawn_file_actions_destroy(&fa_); }
  FileActions(const FileActions &) = delete;
  FileActions &operator=(const FileActions &) = delete;
  posix_spawn_file_actions_t *get() { return &fa_; }

private:
  posix_spawn_file_actions_t fa_;
};

int waitFor(pid_t pid, const std::string &program) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR)
      throw DriverError(fmt::format("waiting for '{}' failed: {}", program, std::strerror(errno)));
  }
  if (WIFEXITED(status))
    return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) {
    if (terminatingSignalPending())
      return 1; // we were interrupted too; the caller re-raises
    throw DriverError(fmt::format("'{}' terminated by signal {} ({})", program, WTERMSIG(status),
                                  strsignal(WTERMSIG(status))));
  }
  return 1;
}

} // namespace

std::string shellQuote(const std::string &arg) {
  if (!arg.empty() &&
      std::all_of(arg.begin(), arg.end(), [](char c) { return isSafeShellChar(c); }))
    return arg;
  return "'" + replaceAll(arg, "'", "'\\''") + "'";
}

std::string shellQuote(const std::vector<std::string> &argv) {
  std::string out;
  for (const std::string &a : argv) {
    if (!out.empty())
      out += ' ';
    out += shellQuote(a);
  }
  return out;
}

int runCommand(const Command &cmd) {
  std::vector<char *> argv;
  for (const std::string &a : cmd.argv)
    argv.push_back(const_cast<char *>(a.c_str()));
  argv.push_back(nullptr);

  const bool filter = !cmd.stderrRewrites.empty();
  std::optional<StderrPipe> pipe;
  FileActions actions;
  if (filter) {
    pipe.emplace();
    posix_spawn_file_actions_adddup2(actions.get(), pipe->writeEnd(), STDERR_FILENO);
  }

  pid_t pid = 0;
  int err = ::posix_spawn(&pid, argv[0], actions.get(), nullptr, argv.data(), environ);
  if (err != 0)
    throw DriverError(fmt::format("cannot run '{}': {}", cmd.argv[0], std::strerror(err)));
  if (filter) {
    pipe->closeWrite();
    std::string text = pipe->drain();
    for (const auto &[from, to] : cmd.stderrRewrites)
      text = replaceAll(std::move(text), from, to);
    writeAll(STDERR_FILENO, text);
  }
  return waitFor(pid, cmd.argv[0]);
}

bool terminatingSignalPending() { return gPendingSignal != 0; }

void installSignalHandlers() {
  struct sigaction sa {};
  sa.sa_handler = onTerminatingSignal;
  sigemptyset(&sa.sa_mask);
  for (int sig : kTerminatingSignals)
    ::sigaction(sig, &sa, nullptr);
}

void reraiseTerminatingSignal() {
  int sig = gPendingSignal ? int(gPendingSignal) : SIGTERM;
  std::signal(sig, SIG_DFL);
  std::raise(sig);
  std::_Exit(128 + sig);
}

} // namespace migcc
