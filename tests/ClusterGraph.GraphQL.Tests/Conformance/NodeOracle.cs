using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Runs a whole corpus through tests/conformance/oracle.mjs (graphql-js and friends) in one Node
/// process: one JSON request per line in, one JSON response per line out, in order.
/// A missing Node or missing npm packages fail the test with instructions; nothing is skipped.
/// </summary>
internal static class NodeOracle
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    /// <summary>Sends every request (each serialized as one JSON object with an "op") and returns the answers.</summary>
    public static IReadOnlyList<JsonObject> Run(IReadOnlyList<JsonObject> requests)
    {
        string conformance = RepoPaths.Conformance;
        if (!Directory.Exists(Path.Combine(conformance, "node_modules", "graphql")))
        {
            throw new InvalidOperationException(
                $"The graphql-js oracle is not installed: run `npm ci` in {conformance} (./test.sh does).");
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

        using Process process = StartNode(startInfo);
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        process.BeginErrorReadLine();

        // Write on another thread: Node answers while we are still sending, and pipes have finite buffers.
        Task writer = Task.Run(() =>
        {
            foreach (JsonObject request in requests)
            {
                process.StandardInput.Write(request.ToJsonString());
                process.StandardInput.Write('\n');
            }

            process.StandardInput.Close();
        });

        var answers = new List<JsonObject>(requests.Count);
        Task reader = Task.Run(() =>
        {
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null)
            {
                answers.Add(JsonNode.Parse(line)!.AsObject());
            }
        });

        if (!Task.WaitAll([writer, reader], s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The Node oracle did not answer {requests.Count} requests within {s_timeout}.");
        }

        process.WaitForExit();
        if (answers.Count != requests.Count)
        {
            throw new InvalidOperationException(
                $"The Node oracle answered {answers.Count} of {requests.Count} requests (exit {process.ExitCode}): {stderr}");
        }

        for (int i = 0; i < answers.Count; i++)
        {
            if (answers[i].TryGetPropertyValue("crash", out JsonNode? crash))
            {
                throw new InvalidOperationException($"The Node oracle crashed on request {i} ({requests[i].ToJsonString()}): {crash}");
            }
        }

        return answers;
    }

    private static Process StartNode(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Node.js is required for the conformance tests (./test.sh installs it).", e);
        }
    }
}
