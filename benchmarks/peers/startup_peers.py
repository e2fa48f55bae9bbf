#!/usr/bin/python3
"""Start-up of the installed `stakeholders` tool against an empty .NET console app, alternating in one run (issue 16).

One command (packs the tool, installs it from the local feed as a user would, builds the empty app):
    /usr/bin/python3 benchmarks/peers/startup_peers.py [--rounds 20] [--work /tmp/stakeholders-startup]

The tool is packed with `dotnet pack src/Network.Cli -c Release` and installed with `dotnet tool install Stakeholders.Cli
--tool-path ... --add-source FEED` (on linux-x64 that takes the Native AOT package Stakeholders.Cli.linux-x64). The
baseline the issue names is an empty console app (`return 0;`, InvariantGlobalization as the tool): framework-dependent,
linux-x64, ReadyToRun, apphost; the same empty app compiled with Native AOT is timed beside it, as the floor. Each round runs every command once, in turn (after --warmup rounds), so all
see the same load; wall time by the clock, CPU time (user + system) from the child's rusage. Prints medians, the ratio
to the empty app, and the load average at the start and end.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(REPO, "seeds", "shijingshan-forum-2023.json")
EMPTY_PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
"""


def run(args, **kw):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, **kw)


def prepare(work):
    shutil.rmtree(work, ignore_errors=True)
    feed, tools, cache, empty = (os.path.join(work, d) for d in ("feed", "tools", "nuget", "empty"))
    run(["dotnet", "pack", os.path.join(REPO, "src", "Network.Cli"), "-c", "Release", "-o", feed, "-v", "q", "-nologo"])
    env = dict(os.environ, NUGET_PACKAGES=cache, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
    run(["dotnet", "tool", "install", "Stakeholders.Cli", "--tool-path", tools, "--add-source", feed], env=env, cwd=work)
    os.makedirs(empty)
    with open(os.path.join(empty, "empty.csproj"), "w") as f:
        f.write(EMPTY_PROJECT)
    with open(os.path.join(empty, "Program.cs"), "w") as f:
        f.write("return 0;\n")
    run(["dotnet", "publish", empty, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true",
         "-o", os.path.join(empty, "pub"), "-v", "q", "-nologo"])
    run(["dotnet", "publish", empty, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-p:CppCompilerAndLinker=gcc",
         "-o", os.path.join(empty, "pub-aot"), "-v", "q", "-nologo"])
    return os.path.join(tools, "stakeholders"), os.path.join(empty, "pub", "empty")


def once(args):
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--work", default="/tmp/stakeholders-startup")
    parser.add_argument("--no-prepare", action="store_true", help="reuse the tool and the empty app already in --work")
    args = parser.parse_args()
    if args.no_prepare:
        tool, empty = os.path.join(args.work, "tools", "stakeholders"), os.path.join(args.work, "empty", "pub", "empty")
    else:
        tool, empty = prepare(args.work)
    empty_aot = os.path.join(os.path.dirname(os.path.dirname(empty)), "pub-aot", "empty")
    commands = [("empty app", [empty]), ("empty AOT app", [empty_aot]), ("--version", [tool, "--version"]), ("--help", [tool, "--help"]), ("info seed", [tool, "info", SEED])]
    print(f"tool: {os.path.realpath(tool)}")
    print(f"load average at start: {os.getloadavg()}")
    walls = {name: [] for name, _ in commands}
    cpus = {name: [] for name, _ in commands}
    for r in range(args.warmup + args.rounds):
        for name, cmd in commands:
            wall, cpu = once(cmd)
            if r >= args.warmup:
                walls[name].append(wall)
                cpus[name].append(cpu)
    print(f"load average at end: {os.getloadavg()}")
    base_wall, base_cpu = statistics.median(walls["empty app"]), statistics.median(cpus["empty app"])
    print(f"{'command':<14} {'median wall ms':>15} {'ratio':>7} {'median CPU ms':>14} {'ratio':>7}   (rounds: {args.rounds})")
    for name, _ in commands:
        w, c = statistics.median(walls[name]), statistics.median(cpus[name])
        print(f"{name:<14} {w * 1000:>15.1f} {w / base_wall:>7.2f} {c * 1000:>14.1f} {c / base_cpu:>7.2f}")


if __name__ == "__main__":
    sys.exit(main())
