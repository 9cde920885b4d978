using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Infrastructure;

/// <summary>
/// JSON snapshots in __snapshots__/ beside the tests: the first run writes a missing snapshot (to be
/// reviewed by eye and committed); later runs compare. Under CI (CI=true) a missing snapshot fails.
/// </summary>
internal static class Snapshot
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Match(string name, JsonNode? actual)
    {
        string folder = Path.Combine(RepoPaths.TestProject, "__snapshots__");
        string file = Path.Combine(folder, name + ".json");
        string actualText = (actual?.ToJsonString(s_options) ?? "null") + "\n";
        if (!File.Exists(file))
        {
            Assert.False(
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                $"Snapshot {name} is missing; run the tests locally to write it, review it and commit it.");
            Directory.CreateDirectory(folder);
            File.WriteAllText(file, actualText);
            return;
        }

        string expectedText = File.ReadAllText(file);
        if (!JsonNode.DeepEquals(JsonNode.Parse(expectedText), actual))
        {
            Assert.Equal(expectedText, actualText);
        }
    }
}
