using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Graph.Synthetic;

namespace ClusterGraph.StoreBench;

/// <summary>
/// Latency and load figures of the embedded store over the synthetic graph. `prepare` generates and
/// imports; `run` (a fresh process, so its memory is the store's) opens the database and measures.
/// </summary>
internal static class Bench
{
    private const string DatabaseName = "graph.db";
    private const string SampleName = "sample.txt";
    private const int SampleSize = 1000;

    public static async Task PrepareAsync(int entityCount, string folder)
    {
        Directory.CreateDirectory(folder);
        string database = Path.Combine(folder, DatabaseName);
        foreach (string stale in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(stale);
        }

        var clock = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        KnowledgeGraph graph = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(entityCount));
        Report($"generate {graph.Entities.Count:N0} entities, {graph.Relations.Count:N0} relations", clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);

        clock.Restart();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await using (EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(
            new EmbeddedStoreOptions { DatabasePath = database, InitialGraph = () => graph, FullSync = false }).ConfigureAwait(false))
        {
            Report("import (validate + SQLite + snapshot)", clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        }

        var random = new Random(42);
        Entity[] companies = [.. graph.Entities.Where(e => e.Kind == EntityKind.Company)];
        var lines = new List<string>
        {
            "industry " + graph.Entities.First(e => e.Kind == EntityKind.Industry).Id,
        };
        for (int i = 0; i < SampleSize; i++)
        {
            Entity company = companies[random.Next(companies.Length)];
            lines.Add("company " + company.Id);
            string ko = company.Names.Ko ?? string.Empty;
            string en = company.Names.En ?? string.Empty;
            lines.Add("search " + ko[..Math.Min(3, ko.Length)]);
            lines.Add("search " + en.Split(' ')[0].ToLowerInvariant());
            lines.Add("search " + Choseong(ko[..Math.Min(4, ko.Length)]));
        }

        await File.WriteAllLinesAsync(Path.Combine(folder, SampleName), lines).ConfigureAwait(false);
    }

    public static async Task RunAsync(string folder, bool loadOnly = false, bool snapshotFile = true)
    {
        string[] sample = await File.ReadAllLinesAsync(Path.Combine(folder, SampleName)).ConfigureAwait(false);
        string industry = sample.First(l => l.StartsWith("industry ", StringComparison.Ordinal))[9..];
        string[] companies = [.. sample.Where(l => l.StartsWith("company ", StringComparison.Ordinal)).Select(l => l[8..])];
        string[] searches = [.. sample.Where(l => l.StartsWith("search ", StringComparison.Ordinal)).Select(l => l[7..]).Where(t => t.Trim().Length > 0)];

        var clock = Stopwatch.StartNew();
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(
            new EmbeddedStoreOptions { DatabasePath = Path.Combine(folder, DatabaseName), FullSync = false, UseSnapshotFile = snapshotFile }).ConfigureAwait(false);
        Report($"load from {store.LoadedFrom} (open returned)", clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gc during the open: {GC.CollectionCount(0)} gen0 / {GC.CollectionCount(1)} gen1 / {GC.CollectionCount(2)} gen2, paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s"));
        if (store.SnapshotFileNote is string note)
        {
            Console.WriteLine("snapshot file not used: " + note);
        }

        // The search forms and the relation index finish in the background; the first search and
        // relation lookup wait for them.
        await store.SearchAsync(new SearchQuery(searches[0]), PageRequest.Forward(1)).ConfigureAwait(false);
        await store.GetRelationsAsync(["relation:none"]).ConfigureAwait(false);
        Report("load + background indexes ready", clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load gc: {GC.CollectionCount(0)} gen0 / {GC.CollectionCount(1)} gen1 / {GC.CollectionCount(2)} gen2 collections, paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using (var process = Process.GetCurrentProcess())
        {
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory: working set {process.WorkingSet64 / 1048576.0:F0} MiB, peak {process.PeakWorkingSet64 / 1048576.0:F0} MiB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MiB"));
        }

        GraphStats stats = await store.GetStatsAsync().ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph: {stats.EntityCount:N0} entities, {stats.RelationCount:N0} relations"));
        if (loadOnly)
        {
            return;
        }

        var random = new Random(7);
        string Pick() => companies[random.Next(companies.Length)];

        await MeasureAsync("get entities by id, batch of 100", 500, async () =>
        {
            string[] ids = [.. Enumerable.Range(0, 100).Select(_ => Pick())];
            return (await store.GetEntitiesAsync(ids).ConfigureAwait(false)).Count;
        }).ConfigureAwait(false);
        await MeasureAsync("1-hop neighbors (first 100)", 2000, async () =>
            (await store.GetNeighborsAsync([Pick()], NeighborQuery.All, PageRequest.Forward(100)).ConfigureAwait(false))[0].Edges.Count).ConfigureAwait(false);
        await MeasureAsync("2-hop ecosystem (limit 200)", 1000, async () =>
            (await store.GetEcosystemAsync(new EcosystemQuery(Pick(), Hops: 2, Limit: 200)).ConfigureAwait(false))!.Entities.Count).ConfigureAwait(false);
        await MeasureAsync("shortest path (maxHops 6)", 500, async () =>
            (await store.FindShortestPathAsync(new PathQuery(Pick(), Pick(), MaxHops: 6)).ConfigureAwait(false))?.Length ?? -1).ConfigureAwait(false);
        await MeasureAsync("search (first 10)", 50, async () =>
            (await store.SearchAsync(new SearchQuery(searches[random.Next(searches.Length)]), PageRequest.Forward(10)).ConfigureAwait(false)).Edges.Count).ConfigureAwait(false);
        await MeasureAsync("coverage, one industry x all provinces", 20, async () =>
            (await store.GetCoverageAsync(industry, null).ConfigureAwait(false))!.Cells.Count).ConfigureAwait(false);
        Entity template = (await store.GetEntitiesAsync([companies[0]]).ConfigureAwait(false))[0]!;
        int writes = 0;
        await MeasureAsync("upsert one entity (commit + snapshot rebuild)", 2, async () =>
        {
            Entity entity = template with { Names = new LocalizedText(template.Names.Ko, "Bench write " + writes++.ToString(CultureInfo.InvariantCulture)) };
            return (await store.UpsertEntityAsync(entity).ConfigureAwait(false)).Succeeded ? 1 : 0;
        }, warmup: 0).ConfigureAwait(false);

        // What a host's shutdown adds: the WAL checkpoint and the snapshot file of the new version.
        clock.Restart();
        cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        store.Checkpoint();
        Report("checkpoint + snapshot file write", clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
        using (var process = Process.GetCurrentProcess())
        {
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set of the run: {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
        }
    }

    private static async Task MeasureAsync(string name, int iterations, Func<Task<int>> operation, int warmup = 20)
    {
        for (int i = 0; i < warmup; i++)
        {
            await operation().ConfigureAwait(false);
        }

        double[] times = new double[iterations];
        long results = 0;
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < iterations; i++)
        {
            long start = Stopwatch.GetTimestamp();
            results += await operation().ConfigureAwait(false);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        double cpuPerOperation = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / iterations;
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: n={iterations} p50={Percentile(times, 0.50):F3} ms p99={Percentile(times, 0.99):F3} ms max={times[^1]:F3} ms, process cpu/op {cpuPerOperation:F3} ms (mean result size {(double)results / iterations:F1})"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    // Wall time and the process's CPU time: on a shared, overloaded machine the CPU time is the figure
    // that says what the work costs.
    private static void Report(string what, TimeSpan elapsed, TimeSpan cpu) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: wall {elapsed.TotalSeconds:F2} s, cpu {cpu.TotalSeconds:F2} s"));

    // Initial consonant of each Hangul syllable, as compatibility jamo (what a user types for 초성 search).
    private static string Choseong(string text)
    {
        const string initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c is >= '\uAC00' and <= '\uD7A3' ? initials[(c - '\uAC00') / 588] : c);
        }

        return builder.ToString();
    }
}
