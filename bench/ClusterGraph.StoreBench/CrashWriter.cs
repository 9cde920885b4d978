using System.Globalization;
using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.StoreBench;

/// <summary>
/// The child process of the crash-safety test: writes companies w-n, w-n+1, … each followed by its
/// LOCATED_IN relation, and appends "e n" / "r n" to the acknowledgement file after each write returns
/// (so every acknowledged write was committed before it was acknowledged), and prints "ready" after
/// the first pair. It runs until killed.
/// </summary>
internal static class CrashWriter
{
    public const string SourceId = "source:crash-test";
    public const string RegionId = "region:crash-land";
    private const long MaxWrites = 10_000_000;

    public static KnowledgeGraph InitialGraph { get; } = new(
        [new Source(SourceId, "Crash test", Lang.En)],
        [new Entity(RegionId, EntityKind.Region, new LocalizedText("충돌시", "Crash Land"))
        {
            Attributes = new RegionAttributes(RegionLevel.City),
            Evidence = [new Evidence(SourceId, "test")],
        }],
        []);

    public static async Task RunAsync(string databasePath, string ackPath, long start)
    {
        await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(
            new EmbeddedStoreOptions { DatabasePath = databasePath, InitialGraph = () => InitialGraph }).ConfigureAwait(false);
        await using var ack = new StreamWriter(new FileStream(ackPath, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        Evidence[] cite = [new Evidence(SourceId, "test")];
        for (long n = start; n < start + MaxWrites; n++)
        {
            string id = CompanyId(n);
            var entity = new Entity(id, EntityKind.Company, new LocalizedText(null, "Writer " + n.ToString(CultureInfo.InvariantCulture))) { Evidence = cite };
            Require((await store.UpsertEntityAsync(entity).ConfigureAwait(false)).Succeeded, id);
            await ack.WriteLineAsync("e " + n.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            var relation = new Relation(GraphIds.ForRelation(RelationType.LocatedIn, id, RegionId), RelationType.LocatedIn, id, RegionId) { Evidence = cite };
            Require((await store.UpsertRelationAsync(relation).ConfigureAwait(false)).Succeeded, relation.Id);
            await ack.WriteLineAsync("r " + n.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            if (n == start)
            {
                // The parent starts its random countdown once writes are flowing (start-up and JIT are over).
                Console.WriteLine("ready");
            }
        }
    }

    public static string CompanyId(long n) => "company:w-" + n.ToString(CultureInfo.InvariantCulture);

    private static void Require(bool succeeded, string id)
    {
        if (!succeeded)
        {
            throw new InvalidOperationException($"The write of {id} was refused.");
        }
    }
}
