using ClusterGraph.Api.Auth;

namespace ClusterGraph.Api.Hosting;

/// <summary>Command-line verbs that run instead of the server.</summary>
public static class Commands
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0)
        {
            return false;
        }

        switch (args[0])
        {
            case "hash-key" when args.Length == 2:
                Console.WriteLine(ApiKeyHasher.Hash(args[1]));
                return true;
            case "hash-key":
                Console.Error.WriteLine("usage: hash-key <key>");
                exitCode = 2;
                return true;
            case "cypher-catalog":
                Console.WriteLine(ClusterGraph.Neo4j.Cypher.CypherCatalog.ToJson());
                return true;
            case "print-schema":
                Console.Write(GraphQL.ClusterGraphSchema.Sdl);
                return true;
            case "export-graph":
                exitCode = ExportGraphCommand.Run(args[1..]);
                return true;
            default:
                return false;
        }
    }
}
