namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>
/// One thing under fuzz: it makes inputs from a seeded random source and judges what the code under test
/// does with one input. <see cref="Run"/> returns a violation when an oracle fails; any exception it lets
/// escape is a crash (the targets catch only the errors the code under test documents).
/// </summary>
internal abstract class FuzzTarget : IDisposable
{
    /// <summary>The name used on the command line and for the corpus folder (tests/fuzz/corpus/&lt;name&gt;).</summary>
    public abstract string Name { get; }

    /// <summary>The extension of corpus and crash files (".graphql", ".http").</summary>
    public abstract string FileExtension { get; }

    /// <summary>Tokens the mutator splices into inputs (keywords, punctuators, hostile fragments).</summary>
    public abstract IReadOnlyList<byte[]> Dictionary { get; }

    /// <summary>A fresh input built from the target's grammar.</summary>
    public abstract byte[] Generate(Random random);

    /// <summary>Runs one input through the code under test and checks every oracle.</summary>
    public abstract FuzzOutcome Run(byte[] input);

    /// <summary>Releases what the target holds (the HTTP target's service provider).</summary>
    public virtual void Dispose() => GC.SuppressFinalize(this);
}

/// <summary>
/// What one input did: <see cref="Violation"/> names a failed oracle (null when all held);
/// <see cref="Signature"/> is a coarse class of the result (error message shapes, node kinds seen) whose
/// first appearance puts the input in the corpus, a cheap stand-in for coverage feedback.
/// </summary>
internal readonly record struct FuzzOutcome(string? Violation, string Signature)
{
    public static FuzzOutcome Held(string signature) => new(null, signature);

    public static FuzzOutcome Failed(string violation) => new(violation, "violation");
}
