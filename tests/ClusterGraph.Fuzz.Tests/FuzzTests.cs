using ClusterGraph.Fuzz.Tests.Harness;
using Xunit.Abstractions;

namespace ClusterGraph.Fuzz.Tests;

/// <summary>
/// The bounded CI runs: each target fuzzed for 30 s (CLUSTERGRAPH_FUZZ_SECONDS changes it), seeded from
/// CLUSTERGRAPH_FUZZ_SEED or at random, the seed printed first so a failure replays. A run first replays
/// the kept corpus (tests/fuzz/corpus). Any crash, oracle violation or hang fails the test with the
/// minimized input, which is also saved under tests/fuzz/crashes. The tests of one class run one after
/// another, so the three runs take about 90 s together.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_ciDuration = TimeSpan.FromSeconds(30);

    [Fact]
    public void Parser_survives_bounded_fuzzing() => Fuzz("parser");

    [Fact]
    public void Validator_survives_bounded_fuzzing() => Fuzz("validator");

    [Fact]
    public void Http_request_reading_survives_bounded_fuzzing() => Fuzz("http");

    private void Fuzz(string name)
    {
        var settings = new FuzzSettings
        {
            Seed = FuzzSettings.SeedFromEnvironment(),
            Duration = FuzzSettings.DurationFromEnvironment(s_ciDuration),
        };
        var lines = new List<string>();
        void Log(string line)
        {
            lines.Add(line);
            output.WriteLine(line);
            Console.WriteLine(line);
        }

        using FuzzTarget target = FuzzTargets.Create(name);
        using var runner = new FuzzRunner(target, settings, Log);
        FuzzReport report = runner.Run();

        Assert.True(report.Findings.Count == 0, string.Join("\n", lines));
        Assert.True(report.Inputs > 0 || settings.Duration == TimeSpan.Zero, "No input was run: " + report);
    }
}
