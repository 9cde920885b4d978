using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>
/// Runs one of tests/conformance's Node scripts (exports/*.mjs, map/*.mjs) with arguments and reads the
/// single JSON object it prints. The packages come from tests/conformance/package.json (pinned, `npm ci`).
/// </summary>
internal static class NodeScript
{
    public static async Task<JsonObject> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        string conformance = RepoPaths.Conformance;
        if (!Directory.Exists(Path.Combine(conformance, "node_modules")))
        {
            throw new InvalidOperationException($"The Node oracles are not installed: run `npm ci` in {conformance}.");
        }

        var startInfo = new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = conformance,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };

        using Process process = Process.Start(startInfo) ?? throw new InvalidOperationException("Node did not start.");
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            Task<string> stderr = process.StandardError.ReadToEndAsync(cancel.Token);
            string stdout = await process.StandardOutput.ReadToEndAsync(cancel.Token);
            await process.WaitForExitAsync(cancel.Token);
            if (process.ExitCode != 0 || stdout.Trim().Length == 0)
            {
                throw new InvalidOperationException($"node {script} exited {process.ExitCode}: {await stderr}");
            }

            return JsonNode.Parse(stdout)!.AsObject();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Writes <paramref name="content"/> to a temporary file, runs the script on it, and deletes the file.</summary>
    public static async Task<JsonObject> RunOnFileAsync(string script, string content, string extension)
    {
        string path = Path.Combine(Path.GetTempPath(), "cg-export-" + Guid.NewGuid().ToString("N") + extension);
        await File.WriteAllTextAsync(path, content, new UTF8Encoding(false));
        try
        {
            return await RunAsync(script, TimeSpan.FromMinutes(2), path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
