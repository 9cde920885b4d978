using System.Diagnostics;
using System.Text;

namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>
/// The fuzz loop: replay the kept corpus, then until the time is up take a generated input or a mutated
/// corpus entry (even odds), run it under the watchdog, keep it when its result class is new, and on a
/// failure minimize the input and save it. Deterministic for a seed up to where the clock stops it.
/// </summary>
internal sealed class FuzzRunner(FuzzTarget target, FuzzSettings settings, Action<string> log) : IDisposable
{
    private const int MaxCorpusInMemory = 4_000;

    private readonly List<FuzzFinding> _findings = [];
    private readonly HashSet<string> _findingKeys = new(StringComparer.Ordinal);
    private readonly GuardedWorker _worker = new();

    public FuzzReport Run()
    {
        log($"fuzz {target.Name}: seed {settings.Seed} ({FuzzSettings.SeedVariable}={settings.Seed} replays), "
            + $"{settings.Duration.TotalSeconds:0} s, {settings.InputTimeout.TotalSeconds:0} s per input");
        var clock = Stopwatch.StartNew();
        var random = new Random(settings.Seed);
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        List<(string Name, byte[] Input)> loaded = Corpus.Load(RepoPaths.Corpus(target.Name), target.FileExtension);
        var corpus = new List<byte[]>(loaded.Count);
        foreach ((string name, byte[] input) in loaded)
        {
            if (!Execute(input, "corpus/" + name, out FuzzOutcome outcome))
            {
                return Report(0, clock, loaded.Count, 0);
            }

            signatures.Add(outcome.Signature);
            corpus.Add(input);
        }

        long inputs = 0;
        int grown = 0;
        while (clock.Elapsed < settings.Duration && inputs < settings.MaxInputs && _findings.Count < settings.MaxFindings)
        {
            byte[] next = corpus.Count > 0 && random.Next(2) == 0
                ? Mutator.Mutate(random, corpus[random.Next(corpus.Count)], target.Dictionary, corpus, settings.MaxMutatedLength)
                : target.Generate(random);
            inputs++;
            if (!Execute(next, $"input {inputs}", out FuzzOutcome outcome))
            {
                break;
            }

            if (outcome.Violation is null && signatures.Add(outcome.Signature) && corpus.Count < MaxCorpusInMemory)
            {
                corpus.Add(next);
                grown++;
                if (settings.SaveCorpus && grown <= settings.MaxSavedCorpus)
                {
                    Corpus.Save(RepoPaths.Corpus(target.Name), string.Empty, next, target.FileExtension);
                }
            }
        }

        return Report(inputs, clock, loaded.Count, grown);
    }

    /// <summary>Ends the worker thread (unless it is stuck on a hanging input; it is a background thread).</summary>
    public void Dispose() => _worker.Dispose();

    private FuzzReport Report(long inputs, Stopwatch clock, int loaded, int grown)
    {
        var report = new FuzzReport(target.Name, settings.Seed, inputs, clock.Elapsed, loaded, grown, [.. _findings]);
        log(report.ToString());
        foreach (FuzzFinding finding in _findings)
        {
            log($"  {finding.Key}\n  minimized ({finding.Minimized.Length} of {finding.Input.Length} bytes): {Describe(finding.Minimized)}"
                + (finding.SavedPath is null ? string.Empty : $"\n  saved to {finding.SavedPath}") + $"\n  {finding.Message}");
        }

        return report;
    }

    /// <summary>Runs one input; records a finding when it fails. False when fuzzing must stop (a hang).</summary>
    private bool Execute(byte[] input, string label, out FuzzOutcome outcome)
    {
        FindingKind? kind = Classify(input, out outcome, out string message);
        if (kind is null)
        {
            return true;
        }

        var finding = new FuzzFinding(kind.Value, message, input, input, null);
        if (!_findingKeys.Add(finding.Key))
        {
            return kind != FindingKind.Hang;
        }

        log($"{label}: {finding.Key}");
        if (kind == FindingKind.Hang)
        {
            // The worker is stuck on the input; a new one serves nothing more this run. Hangs are saved unminimized.
            _findings.Add(Save(finding));
            return false;
        }

        byte[] minimized = Minimizer.Minimize(input, candidate => Classify(candidate, out _, out string again) is { } k
            && new FuzzFinding(k, again, candidate, candidate, null).Key == finding.Key, maxAttempts: 4_000, budget: TimeSpan.FromSeconds(20));
        _findings.Add(Save(finding with { Minimized = minimized }));
        return !_worker.IsStuck;
    }

    private FindingKind? Classify(byte[] input, out FuzzOutcome outcome, out string message)
    {
        if (_worker.IsStuck)
        {
            outcome = default;
            message = "worker stuck";
            return FindingKind.Hang;
        }

        if (!_worker.TryRun(() => target.Run(input), settings.InputTimeout, out outcome, out Exception? exception))
        {
            message = $"no result within {settings.InputTimeout.TotalSeconds:0} s of CPU (or {8 * settings.InputTimeout.TotalSeconds:0} s of wall time)";
            return FindingKind.Hang;
        }

        if (exception is not null)
        {
            message = exception.GetType().FullName + ": " + exception.Message + "\n" + exception.StackTrace;
            return FindingKind.Crash;
        }

        message = outcome.Violation ?? string.Empty;
        return outcome.Violation is null ? null : FindingKind.Violation;
    }

    private FuzzFinding Save(FuzzFinding finding)
    {
        if (!settings.SaveCrashes)
        {
            return finding;
        }

        string directory = RepoPaths.Crashes(target.Name);
        string path = Corpus.Save(directory, finding.Kind.ToString().ToLowerInvariant() + "-", finding.Minimized, target.FileExtension);
        File.WriteAllText(Path.ChangeExtension(path, ".txt"), $"seed {settings.Seed}\n{finding.Key}\n\n{finding.Message}\n");
        return finding with { SavedPath = path };
    }

    /// <summary>The input as a C#-ish literal, for the log (long inputs cut).</summary>
    public static string Describe(byte[] input)
    {
        var builder = new StringBuilder("\"");
        foreach (byte b in input.AsSpan(0, Math.Min(input.Length, 400)))
        {
            builder.Append(b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        return builder.Append(input.Length > 400 ? "\"…" : "\"").ToString();
    }
}
