using System.Diagnostics;
using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Synthetic;

// Measures the synthetic generator: dotnet run -c Release --project bench/ClusterGraph.GraphGen -- <entities> [seed] [--validate]
// Prints wall and CPU time (CPU time is the steadier figure on a shared machine), relation count, the managed heap the graph keeps alive, and the process's peak working set.
int entities = args.Length > 0 && int.TryParse(args[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : 1_000_000;
int seed = args.Length > 1 && int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : 20261121;
bool validate = args.Contains("--validate");
if (entities is < SyntheticGraphOptions.MinEntityCount or > SyntheticGraphOptions.MaxEntityCount)
{
    Console.Error.WriteLine($"entities must be within {SyntheticGraphOptions.MinEntityCount}..{SyntheticGraphOptions.MaxEntityCount}");
    return 2;
}

long before = GC.GetTotalMemory(forceFullCollection: true);
using var process = Process.GetCurrentProcess();
TimeSpan cpuBefore = process.TotalProcessorTime;
var stopwatch = Stopwatch.StartNew();
KnowledgeGraph graph = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(entities, seed));
stopwatch.Stop();
process.Refresh();
TimeSpan cpu = process.TotalProcessorTime - cpuBefore;
long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
process.Refresh();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"entities={graph.Entities.Count} relations={graph.Relations.Count} seed={seed} time={stopwatch.Elapsed.TotalSeconds:F2}s cpu={cpu.TotalSeconds:F2}s " +
    $"retainedHeap={retained / (1024.0 * 1024):F0}MiB peakWorkingSet={process.PeakWorkingSet64 / (1024.0 * 1024):F0}MiB"));
foreach (IGrouping<EntityKind, Entity> kind in graph.Entities.GroupBy(e => e.Kind))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ContractNames.ToContractName(kind.Key)}={kind.Count()}"));
}

if (validate)
{
    var check = Stopwatch.StartNew();
    process.Refresh();
    TimeSpan validationCpuBefore = process.TotalProcessorTime;
    IReadOnlyList<ValidationError> errors = GraphValidator.Validate(graph);
    process.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"validation: {errors.Count} errors in {check.Elapsed.TotalSeconds:F2}s cpu={(process.TotalProcessorTime - validationCpuBefore).TotalSeconds:F2}s"));
    foreach (ValidationError error in errors.Take(10))
    {
        Console.WriteLine("  " + error);
    }

    return errors.Count == 0 ? 0 : 1;
}

GC.KeepAlive(graph);
return 0;
