namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>The kinds of finding: an exception escaped, an oracle failed, or an input ran past its time bound.</summary>
internal enum FindingKind
{
    Crash,
    Violation,
    Hang,
}

/// <summary>An input that broke the target, as found and as minimized, and where it was saved.</summary>
internal sealed record FuzzFinding(FindingKind Kind, string Message, byte[] Input, byte[] Minimized, string? SavedPath)
{
    /// <summary>The first line of the message: what the minimizer keeps constant while it shrinks the input.</summary>
    public string Key => Kind + ": " + FirstLine(Message);

    public static string FirstLine(string text)
    {
        int end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }
}

/// <summary>The outcome of one bounded run.</summary>
internal sealed record FuzzReport(
    string Target,
    int Seed,
    long Inputs,
    TimeSpan Elapsed,
    int CorpusLoaded,
    int CorpusGrown,
    IReadOnlyList<FuzzFinding> Findings)
{
    public double InputsPerSecond => Inputs / Math.Max(Elapsed.TotalSeconds, 0.001);

    public override string ToString() =>
        $"{Target}: seed {Seed}, {Inputs:N0} inputs in {Elapsed.TotalSeconds:0.0} s ({InputsPerSecond:N0}/s), "
        + $"corpus {CorpusLoaded} loaded + {CorpusGrown} grown, {Findings.Count} finding(s)";
}
