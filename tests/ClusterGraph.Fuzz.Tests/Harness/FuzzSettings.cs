using System.Globalization;

namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>How long and how one run fuzzes. Every random choice comes from <see cref="Seed"/>, so a run replays.</summary>
internal sealed record FuzzSettings
{
    /// <summary>Replays a run: the seed it printed.</summary>
    public const string SeedVariable = "CLUSTERGRAPH_FUZZ_SEED";

    /// <summary>Lengthens (or shortens) the test runs: seconds per target.</summary>
    public const string SecondsVariable = "CLUSTERGRAPH_FUZZ_SECONDS";

    public required int Seed { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>The watchdog's bound for one input, in CPU time (eight times it in wall time); generous, CI shares two cores.</summary>
    public TimeSpan InputTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Stop after this many generated or mutated inputs even if time remains.</summary>
    public long MaxInputs { get; init; } = long.MaxValue;

    /// <summary>The largest input the mutator makes (generation may make larger hostile inputs on purpose).</summary>
    public int MaxMutatedLength { get; init; } = 64 * 1024;

    /// <summary>Stop after this many distinct findings.</summary>
    public int MaxFindings { get; init; } = 5;

    /// <summary>Write inputs that showed a new result class to the repository corpus (on-demand runs).</summary>
    public bool SaveCorpus { get; init; }

    /// <summary>The most new inputs one run writes to the repository corpus, so it stays small enough to review.</summary>
    public int MaxSavedCorpus { get; init; } = 150;

    /// <summary>Write minimized failing inputs to tests/fuzz/crashes.</summary>
    public bool SaveCrashes { get; init; } = true;

    /// <summary>The seed from <see cref="SeedVariable"/>, else a fresh one.</summary>
    public static int SeedFromEnvironment() =>
        Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } text
            ? int.Parse(text, CultureInfo.InvariantCulture)
            : Random.Shared.Next();

    /// <summary>Seconds per target from <see cref="SecondsVariable"/>, else <paramref name="fallback"/>.</summary>
    public static TimeSpan DurationFromEnvironment(TimeSpan fallback) =>
        Environment.GetEnvironmentVariable(SecondsVariable) is { Length: > 0 } text
            ? TimeSpan.FromSeconds(double.Parse(text, CultureInfo.InvariantCulture))
            : fallback;
}
