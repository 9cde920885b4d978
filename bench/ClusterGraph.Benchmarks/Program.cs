using BenchmarkDotNet.Running;

// Every benchmark of the solution; pick with --filter, e.g.
//   dotnet run -c Release --project bench/ClusterGraph.Benchmarks -- --filter '*Parse*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
