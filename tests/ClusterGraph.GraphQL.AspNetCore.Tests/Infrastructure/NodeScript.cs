using System.Diagnostics;
using System.Text;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>Runs one Node script of tests/conformance and returns what it printed. A missing Node or package fails the test.</summary>
internal static class NodeScript
{
    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        string conformance = RepoPaths.Conformance;
        foreach (string package in (string[])["graphql-http", "graphql-sse"])
        {
            if (!Directory.Exists(Path.Combine(conformance, "node_modules", package)))
            {
                throw new InvalidOperationException($"npm package {package} is missing: run `npm ci` in {conformance} (./test.sh does).");
            }
        }

        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = conformance,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        startInfo.ArgumentList.Add(script);
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout}: {await stderr}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        return await stdout;
    }
}
