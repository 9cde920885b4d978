using ClusterGraph.Fuzz.Tests.Harness;

namespace ClusterGraph.Fuzz.Tests.Regressions;

/// <summary>
/// Every input a fuzz run saved under tests/fuzz/crashes (minimized, with a .txt saying what it broke)
/// runs through its target again and must now pass every oracle: a fixed bug stays fixed.
/// </summary>
public sealed class SavedFindingsTests
{
    public static TheoryData<string, string> SavedInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (string target in FuzzTargets.Names)
        {
            using FuzzTarget probe = FuzzTargets.Create(target);
            foreach ((string name, _) in Corpus.Load(RepoPaths.Crashes(target), probe.FileExtension))
            {
                data.Add(target, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SavedInputs))]
    public void Saved_failing_input_now_passes_every_oracle(string target, string file)
    {
        byte[] input = File.ReadAllBytes(Path.Combine(RepoPaths.Crashes(target), file));
        using FuzzTarget fuzzTarget = FuzzTargets.Create(target);

        FuzzOutcome outcome = fuzzTarget.Run(input);

        Assert.Null(outcome.Violation);
    }
}
