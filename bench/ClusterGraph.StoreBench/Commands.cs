using System.Globalization;

namespace ClusterGraph.StoreBench;

/// <summary>Parses the command line and dispatches.</summary>
internal static class Commands
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            switch (args[0])
            {
                case "prepare" when args.Length == 3:
                    await Bench.PrepareAsync(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]).ConfigureAwait(false);
                    return 0;
                case "run" when args.Length == 2:
                    await Bench.RunAsync(args[1]).ConfigureAwait(false);
                    return 0;
                case "load" when args.Length == 2:
                    await Bench.RunAsync(args[1], loadOnly: true).ConfigureAwait(false);
                    return 0;
                case "load-rows" when args.Length == 2:
                    await Bench.RunAsync(args[1], loadOnly: true, snapshotFile: false).ConfigureAwait(false);
                    return 0;
                case "crash-writer" when args.Length == 4:
                    await CrashWriter.RunAsync(args[1], args[2], long.Parse(args[3], CultureInfo.InvariantCulture)).ConfigureAwait(false);
                    return 0;
                default:
                    return Usage();
            }
        }
        catch (FormatException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return Usage();
        }
    }

    public static int Usage()
    {
        Console.Error.WriteLine("""
            usage:
              prepare <entities> <folder>        generate the synthetic graph, import it into <folder>/graph.db, write sample IDs
              run <folder>                        open <folder>/graph.db (timed), measure memory and query latencies
              load <folder>                       only the timed open, GC counts and memory of run
              load-rows <folder>                  load, ignoring the snapshot file (reads and decodes every row)
              crash-writer <db> <ack-file> <n>    write entities n, n+1, ... forever; append each acknowledged one to <ack-file>
            """);
        return 2;
    }
}
