using System.Globalization;
using ClusterGraph.Fuzz.Tests.Harness;

namespace ClusterGraph.Fuzz.Tests;

/// <summary>
/// On-demand fuzzing, longer than CI's bounded runs:
/// <c>dotnet run --project tests/ClusterGraph.Fuzz.Tests -- parser --minutes 30 [--seed N] [--save-corpus] [--timeout 15]</c>
/// (target: parser, validator, http or all). Exit code 1 when anything was found.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine($"usage: <{string.Join("|", FuzzTargets.Names)}|all> [--minutes N | --seconds N] [--seed N] [--save-corpus] [--timeout SECONDS]");
            Console.WriteLine($"       replay <{string.Join("|", FuzzTargets.Names)}> <file>");
            return 2;
        }

        if (args[0] == "replay" && args.Length == 3)
        {
            return Replay(args[1], args[2]);
        }

        TimeSpan duration = TimeSpan.FromMinutes(5);
        int seed = FuzzSettings.SeedFromEnvironment();
        bool saveCorpus = false;
        TimeSpan timeout = TimeSpan.FromSeconds(15);
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--minutes":
                    duration = TimeSpan.FromMinutes(double.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--seconds":
                    duration = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--seed":
                    seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--timeout":
                    timeout = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--save-corpus":
                    saveCorpus = true;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}.");
                    return 2;
            }
        }

        string[] targets = args[0] == "all" ? FuzzTargets.Names : [args[0]];
        int findings = 0;
        foreach (string name in targets)
        {
            var settings = new FuzzSettings { Seed = seed, Duration = duration, InputTimeout = timeout, SaveCorpus = saveCorpus };
            using FuzzTarget target = FuzzTargets.Create(name);
            using var runner = new FuzzRunner(target, settings, Console.WriteLine);
            FuzzReport report = runner.Run();
            findings += report.Findings.Count;
        }

        return findings == 0 ? 0 : 1;
    }

    /// <summary><c>replay &lt;target&gt; &lt;file&gt;</c>: runs one saved input (no time bound), prints its outcome and how long it took.</summary>
    private static int Replay(string name, string file)
    {
        using FuzzTarget target = FuzzTargets.Create(name);
        byte[] input = File.ReadAllBytes(file);
        target.Run(input);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan cpu = Environment.CpuUsage.UserTime;
        FuzzOutcome outcome = target.Run(input);
        Console.WriteLine($"{name} {file}: {input.Length} bytes, {clock.Elapsed.TotalMilliseconds:0} ms wall, "
            + $"{(Environment.CpuUsage.UserTime - cpu).TotalMilliseconds:0} ms user CPU (second run); "
            + (outcome.Violation is null ? "all oracles held: " + outcome.Signature : "VIOLATION: " + outcome.Violation));
        return outcome.Violation is null ? 0 : 1;
    }
}
