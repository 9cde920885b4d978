using System.Diagnostics;
using ClusterGraph.Api.Operations;
using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Store;
using ClusterGraph.StoreProxyBench.Before;

// Calls through the real embedded store (an empty graph: GetVersionAsync and a one-id GetEntitiesAsync are
// nearly free), bare, behind the old reflection decorator and behind the new one. Reports CPU time and
// allocated bytes per call on this thread, the best of five rounds, so a busy machine inflates it least.
const int Calls = 1_000_000;
string folder = Path.Combine(Path.GetTempPath(), "cg-proxy-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = Path.Combine(folder, "g.db") });
    IGraphStore before = ReflectionMeasuredGraphStore.Wrap(store, new ClusterGraph.StoreProxyBench.Before.StoreMetrics());
    IGraphStore after = MeasuredGraphStore.Wrap(store, new ClusterGraph.Api.Operations.StoreMetrics());
    string[] ids = ["company:none"];
    foreach ((string name, IGraphStore target) in new[] { ("bare store", (IGraphStore)store), ("before: MethodInfo.Invoke", before), ("after: compiled delegates", after) })
    {
        Measure(name + ", GetVersionAsync", () => target.GetVersionAsync());
        Measure(name + ", GetEntitiesAsync(1 id)", () => target.GetEntitiesAsync(ids));
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static void Measure(string name, Func<Task> call)
{
    for (int i = 0; i < 50_000; i++)
    {
        call();
    }

    double bestNs = double.MaxValue;
    double bytes = 0;
    for (int round = 0; round < 5; round++)
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < Calls; i++)
        {
            call();
        }

        double ns = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1e6 / Calls;
        bestNs = Math.Min(bestNs, ns);
        bytes = (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / Calls;
    }

    Console.WriteLine($"{name,-50} {bestNs,8:0.0} ns CPU/call {bytes,7:0.0} B/call");
}
