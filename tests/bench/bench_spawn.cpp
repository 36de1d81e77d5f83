// Runs a command and reports, as the operating system saw it, its wall time
// from fork to exit and its peak resident set (wait4 rusage), so the app and
// the floor programs are measured from outside by the same means.
//   ks_bench_spawn COMMAND [ARGS...]   prints wall_ms=, maxrss_kib=, exit=

#include <cstdio>
#include <ctime>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s COMMAND [ARGS...]\n", argv[0]);
        return 2;
    }
    timespec start {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        return 1;
    }
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        std::perror("exec");
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid) {
        std::perror("wait4");
        return 1;
    }
    timespec end {};
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double ms =
        double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
    std::printf("wall_ms=%.1f\nmaxrss_kib=%ld\ncpu_ms=%.1f\nexit=%d\n", ms, usage.ru_maxrss,
                double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
                    + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3,
                WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return 0;
}
