using System.Diagnostics;
using System.Globalization;
using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Tests.Seed;
using Xunit.Abstractions;

namespace ClusterGraph.Graph.Tests.Embedded;

/// <summary>
/// A child process (bench/ClusterGraph.StoreBench crash-writer) writes entities and relations in a
/// loop, acknowledging each in a file after the store returns; it is SIGKILLed at a random moment.
/// After each kill the database must open cleanly (integrity "ok") and hold every acknowledged write.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Cycles = 50;
    private static readonly Lazy<string> s_writer = new(BuildWriter, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cg-crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_acknowledged_write_survives_sigkill()
    {
        Directory.CreateDirectory(_folder);
        string database = Path.Combine(_folder, "graph.db");
        string ackFile = Path.Combine(_folder, "ack.txt");
        var random = new Random(20261122);
        long next = 1;
        int committedUnacknowledged = 0;
        for (int cycle = 0; cycle < Cycles; cycle++)
        {
            using (Process child = StartWriter(database, ackFile, next))
            {
                // Wait until the child is writing, then let it run 0-150 ms more and kill it.
                string? ready = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                Assert.Equal("ready", ready);
                await Task.Delay(random.Next(0, 150));
                child.Kill(entireProcessTree: false);
                await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }

            List<(char Kind, long N)> acknowledged = ReadAcknowledged(ackFile);
            await using (EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = database }))
            {
                Assert.Equal("ok", store.CheckIntegrity());
                string[] entityIds = [.. acknowledged.Where(a => a.Kind == 'e').Select(a => EntityId(a.N))];
                string[] relationIds = [.. acknowledged.Where(a => a.Kind == 'r').Select(a => RelationId(a.N))];
                IReadOnlyList<Entity?> entities = await store.GetEntitiesAsync(entityIds);
                IReadOnlyList<Relation?> relations = await store.GetRelationsAsync(relationIds);
                Assert.All(entities.Zip(entityIds), pair => Assert.True(pair.First is not null, $"cycle {cycle}: acknowledged {pair.Second} is missing"));
                Assert.All(relations.Zip(relationIds), pair => Assert.True(pair.First is not null, $"cycle {cycle}: acknowledged {pair.Second} is missing"));
                long after = acknowledged.Max(a => a.N) + 1;
                committedUnacknowledged += (await store.GetEntitiesAsync([EntityId(after)]))[0] is null ? 0 : 1;
            }

            next = acknowledged.Max(a => a.N) + 1;
        }

        // Each cycle acknowledged at least its first pair before the kill, so every kill landed while writing.
        Assert.True(next > 2 * Cycles, $"only {next - 1} entities were written in {Cycles} cycles");
        output.WriteLine($"{next - 1} entities written in {Cycles} cycles; {committedUnacknowledged} kills fell between a commit and its acknowledgement.");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static string EntityId(long n) => "company:w-" + n.ToString(CultureInfo.InvariantCulture);

    private static string RelationId(long n) => GraphIds.ForRelation(RelationType.LocatedIn, EntityId(n), "region:crash-land");

    // Complete lines only: a kill can cut the last line short, and that write counts as unacknowledged.
    private static List<(char Kind, long N)> ReadAcknowledged(string path)
    {
        var result = new List<(char, long)>();
        if (!File.Exists(path))
        {
            return result;
        }

        string text = File.ReadAllText(path);
        int end = text.LastIndexOf('\n');
        foreach (string line in text[..(end + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            result.Add((line[0], long.Parse(line[2..], CultureInfo.InvariantCulture)));
        }

        return result;
    }

    private static Process StartWriter(string database, string ackFile, long next)
    {
        var start = new ProcessStartInfo(DotnetHost(), [s_writer.Value, "crash-writer", database, ackFile, next.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the crash writer.");
    }

    // Builds the bench console (not part of the solution) once per test run, into a folder of its own.
    private static string BuildWriter()
    {
        string project = Path.Combine(RepositoryPaths.Root, "bench", "ClusterGraph.StoreBench", "ClusterGraph.StoreBench.csproj");
        string artifacts = Path.Combine(Path.GetTempPath(), "cg-storebench-artifacts");
        var build = new ProcessStartInfo(DotnetHost(), ["build", project, "-c", "Release", "--artifacts-path", artifacts, "-nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(build) ?? throw new InvalidOperationException("Could not start dotnet build.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        // Generous: on a loaded shared machine a cold build of the console takes minutes.
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Building the crash writer took more than 15 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building the crash writer failed:{Environment.NewLine}{output.Result}{errors.Result}");
        }

        string dll = Path.Combine(artifacts, "bin", "ClusterGraph.StoreBench", "release", "ClusterGraph.StoreBench.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("The crash writer was built but its dll is not where expected.", dll);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
