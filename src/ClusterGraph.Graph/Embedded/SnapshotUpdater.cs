using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

/// <summary>Builds the snapshot that follows a committed mutation.</summary>
internal static class SnapshotUpdater
{
    public static GraphSnapshot Apply(GraphSnapshot current, GraphMutation mutation, long version)
    {
        if (mutation.ReplaceAll)
        {
            return GraphSnapshot.Create(version, mutation.Sources, mutation.Entities, mutation.Relations);
        }

        IEnumerable<Source> sources = Merge(current.SourcesById, mutation.Sources, [], s => s.Id);
        if (mutation.Entities.Count == 0 && mutation.Relations.Count == 0
            && mutation.DeletedEntities.Count == 0 && mutation.DeletedRelations.Count == 0)
        {
            return current.WithSources(version, sources);
        }

        return GraphSnapshot.Create(
            version,
            sources,
            Merge(current.Entities, mutation.Entities, mutation.DeletedEntities, e => e.Id),
            Merge(current.Relations, mutation.Relations, mutation.DeletedRelations, r => r.Id),
            current);
    }

    // The old items in their order with replacements in place and deletions dropped, then the new ones.
    private static List<T> Merge<T>(IReadOnlyList<T> old, IReadOnlyList<T> upserted, IReadOnlyList<string> deleted, Func<T, string> idOf)
    {
        var replacements = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (T item in upserted)
        {
            replacements[idOf(item)] = item;
        }

        var removed = new HashSet<string>(deleted, StringComparer.Ordinal);
        var result = new List<T>(old.Count + upserted.Count);
        foreach (T item in old)
        {
            string id = idOf(item);
            if (removed.Contains(id))
            {
                continue;
            }

            if (replacements.Remove(id, out T? replacement))
            {
                result.Add(replacement);
            }
            else
            {
                result.Add(item);
            }
        }

        foreach (T item in upserted)
        {
            if (replacements.Remove(idOf(item), out T? added))
            {
                result.Add(added);
            }
        }

        return result;
    }
}
