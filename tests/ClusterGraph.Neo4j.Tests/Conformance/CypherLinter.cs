using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace ClusterGraph.Neo4j.Tests.Conformance;

/// <summary>One diagnostic of Neo4j's Cypher analyzer for one statement under one Cypher version.</summary>
internal sealed record CypherDiagnostic(string Statement, string Version, string Severity, string Message);

/// <summary>
/// Runs tests/conformance/cypher/lint.mjs (lintCypherQuery from @neo4j-cypher/language-support)
/// once over a whole catalog. A missing Node or package fails the test with instructions.
/// </summary>
internal static class CypherLinter
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(45);

    /// <summary>Lints every statement of <paramref name="catalogJson"/>; returns (statements linted per version, diagnostics).</summary>
    public static (int Linted, IReadOnlyList<CypherDiagnostic> Diagnostics) Lint(string catalogJson)
    {
        string conformance = RepoRoot.Conformance;
        if (!Directory.Exists(Path.Combine(conformance, "node_modules", "@neo4j-cypher", "language-support")))
        {
            throw new InvalidOperationException($"Neo4j's Cypher analyzer is not installed: run `npm ci` in {conformance}.");
        }

        string catalogPath = Path.Combine(Path.GetTempPath(), $"cypher-catalog-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        File.WriteAllText(catalogPath, catalogJson, new UTF8Encoding(false));
        try
        {
            var startInfo = new ProcessStartInfo("node")
            {
                WorkingDirectory = conformance,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = new UTF8Encoding(false),
            };
            startInfo.ArgumentList.Add(Path.Combine("cypher", "lint.mjs"));
            startInfo.ArgumentList.Add(catalogPath);

            using Process process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(s_timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The Cypher analyzer did not finish within {s_timeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The Cypher analyzer failed (exit {process.ExitCode}): {stderr.Result}");
            }

            JsonObject output = JsonNode.Parse(stdout.Result)!.AsObject();
            var diagnostics = new List<CypherDiagnostic>();
            JsonArray results = output["results"]!.AsArray();
            foreach (JsonNode? result in results)
            {
                foreach (JsonNode? diagnostic in result!["diagnostics"]!.AsArray())
                {
                    diagnostics.Add(new CypherDiagnostic(
                        (string)result["name"]!, (string)result["version"]!, (string)diagnostic!["severity"]!, (string)diagnostic["message"]!));
                }
            }

            return (results.Count, diagnostics);
        }
        finally
        {
            File.Delete(catalogPath);
        }
    }
}
