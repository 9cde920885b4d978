using ClusterGraph.StoreBench;

// Store benchmarks and the crash-safety writer (see README.md beside this file).
return args.Length > 0 && args[0] switch
{
    "prepare" or "run" or "load" or "load-rows" or "crash-writer" => true,
    _ => false,
}
    ? await Commands.RunAsync(args).ConfigureAwait(false)
    : Commands.Usage();
