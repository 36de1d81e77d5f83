// Runs a command and reports, as the operating system saw it:
// - paint_ms / paint_cpu_ms: wall time from fork until the program's first
//   line on stdout (klingstudio --benchmark-startup and the floor programs
//   print one right after their first paint), and the CPU time all its
//   threads had used by then (/proc/<pid>/task/*/schedstat): launch to
//   first painted window, what a user waits for;
// - wall_ms / cpu_ms: from fork to exit, teardown included (wait4 rusage);
// - maxrss_kib: its peak resident set.
// The program's own stdout is passed through first.
// The app and the floor programs are measured from outside by the same means.
//   ks_bench_spawn COMMAND [ARGS...]   prints key=value lines

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include <dirent.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

double msSince(const timespec &start)
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec - start.tv_sec) * 1e3 + double(now.tv_nsec - start.tv_nsec) / 1e6;
}

// CPU time of every thread of `pid` so far, in ms; -1 when unknown.
double threadsCpuMs(pid_t pid)
{
    const std::string tasks = "/proc/" + std::to_string(pid) + "/task";
    DIR *dir = opendir(tasks.c_str());
    if (!dir)
        return -1;
    double ns = 0;
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        FILE *f = std::fopen((tasks + "/" + entry->d_name + "/schedstat").c_str(), "r");
        if (!f)
            continue;
        unsigned long long onCpu = 0;
        if (std::fscanf(f, "%llu", &onCpu) == 1)
            ns += double(onCpu);
        std::fclose(f);
    }
    closedir(dir);
    return ns / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s COMMAND [ARGS...]\n", argv[0]);
        return 2;
    }
    int out[2];
    if (pipe(out) != 0) {
        std::perror("pipe");
        return 1;
    }
    timespec start {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        return 1;
    }
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        execvp(argv[1], argv + 1);
        std::perror("exec");
        _exit(127);
    }
    close(out[1]);
    double paintMs = -1;
    double paintCpuMs = -1;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(out[0], buffer, sizeof buffer)) != 0) {
        if (n < 0)
            break;
        if (paintMs < 0 && std::memchr(buffer, '\n', size_t(n))) {
            paintMs = msSince(start);
            paintCpuMs = threadsCpuMs(pid);
        }
        // Passed on: the benchmark programs report their figures on stdout.
        std::fwrite(buffer, 1, size_t(n), stdout);
    }
    std::fflush(stdout);
    close(out[0]);
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid) {
        std::perror("wait4");
        return 1;
    }
    const double ms = msSince(start);
    std::printf("paint_ms=%.1f\npaint_cpu_ms=%.1f\nwall_ms=%.1f\nmaxrss_kib=%ld\ncpu_ms=%.1f\n"
                "exit=%d\n",
                paintMs, paintCpuMs, ms, usage.ru_maxrss,
                double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
                    + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3,
                WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return 0;
}
