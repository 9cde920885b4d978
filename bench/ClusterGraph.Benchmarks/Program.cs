using BenchmarkDotNet.Running;
using ClusterGraph.Benchmarks.Execution;
using ClusterGraph.Benchmarks.Parsing;
using ClusterGraph.Benchmarks.Validation;

// Every benchmark of the solution; pick with --filter, e.g.
//   dotnet run -c Release --project bench/ClusterGraph.Benchmarks -- --filter '*Parse*' --job short
// "parse-cpu" instead runs the parse documents in a plain loop and reports CPU time per parse, a
// figure that survives a machine shared with other work better than wall-clock time does;
// "parse-count <document> <n>" parses one document n times for an instruction counter;
// "validate-cpu" does the same for parse + validate; "execute-cpu" for the execution benchmarks, and
// "execute-count <case> <n>" runs one execution case n times for an instruction counter.
if (args is ["parse-cpu", ..])
{
    ParseCpuTime.Run();
    return;
}

if (args is ["parse-count", string parseDocument, string parseCount, ..])
{
    ParseCpuTime.Count(parseDocument, int.Parse(parseCount, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["validate-cpu", ..])
{
    ValidateCpuTime.Run();
    return;
}

if (args is ["execute-cpu", ..])
{
    ExecuteCpuTime.Run();
    return;
}

if (args is ["execute-count", string caseName, string count, ..])
{
    ExecuteCpuTime.Count(caseName, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
