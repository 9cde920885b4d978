using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Infrastructure;

/// <summary>
/// Runs requests through tests/conformance/oracle.mjs (graphql-js, @mapbox/geojsonhint) in one Node
/// process: one JSON line per request in, one per answer out. A missing Node or npm install fails the
/// test with what to do; nothing is skipped.
/// </summary>
internal static class NodeChecks
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    public static async Task<IReadOnlyList<JsonObject>> RunAsync(params JsonObject[] requests)
    {
        string conformance = RepoPaths.Conformance;
        foreach (string package in new[] { "graphql", Path.Combine("@mapbox", "geojsonhint") })
        {
            if (!Directory.Exists(Path.Combine(conformance, "node_modules", package)))
            {
                throw new InvalidOperationException($"The Node oracle's package {package} is not installed: run `npm ci` in {conformance}.");
            }
        }

        var startInfo = new ProcessStartInfo("node", "oracle.mjs")
        {
            WorkingDirectory = conformance,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
        };

        using Process process = Process.Start(startInfo) ?? throw new InvalidOperationException("Node did not start.");
        using var timeout = new CancellationTokenSource(s_timeout);
        try
        {
            Task<string> stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            foreach (JsonObject request in requests)
            {
                await process.StandardInput.WriteAsync(request.ToJsonString() + "\n");
            }

            process.StandardInput.Close();
            var answers = new List<JsonObject>(requests.Length);
            while (answers.Count < requests.Length && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                answers.Add(JsonNode.Parse(line)!.AsObject());
            }

            await process.WaitForExitAsync(timeout.Token);
            if (answers.Count != requests.Length)
            {
                throw new InvalidOperationException($"Node answered {answers.Count} of {requests.Length} requests: {await stderr}");
            }

            if (answers.FirstOrDefault(a => a.ContainsKey("crash")) is { } crash)
            {
                throw new InvalidOperationException("The Node oracle crashed: " + crash["crash"]);
            }

            return answers;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
