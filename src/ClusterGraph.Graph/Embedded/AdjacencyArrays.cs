namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// The parts of a <see cref="GraphSnapshot"/> that cost the most to derive from its items: each
/// relation's ends as entity indices, both adjacencies and the ID ranks. A snapshot file stores them
/// so an open does not resolve millions of IDs again.
/// </summary>
internal sealed record AdjacencyArrays(
    int[] RelationFrom,
    int[] RelationTo,
    int[] OutStart,
    int[] OutRelations,
    int[] InStart,
    int[] InRelations,
    int[] IdRank)
{
    /// <summary>Fails unless every array has the length a graph of this size needs and every index is in range.</summary>
    public void Check(int entityCount, int relationCount)
    {
        if (RelationFrom.Length != relationCount || RelationTo.Length != relationCount
            || OutStart.Length != entityCount + 1 || InStart.Length != entityCount + 1
            || OutRelations.Length != relationCount || InRelations.Length != relationCount
            || IdRank.Length != entityCount)
        {
            throw new InvalidDataException("The stored adjacency does not fit the stored items.");
        }

        CheckRange(RelationFrom, entityCount);
        CheckRange(RelationTo, entityCount);
        CheckRange(OutRelations, relationCount);
        CheckRange(InRelations, relationCount);
        CheckRange(IdRank, entityCount);
        CheckStarts(OutStart, relationCount);
        CheckStarts(InStart, relationCount);
    }

    private static void CheckRange(int[] values, int count)
    {
        foreach (int value in values)
        {
            if ((uint)value >= (uint)count)
            {
                throw new InvalidDataException("The stored adjacency holds an index out of range.");
            }
        }
    }

    private static void CheckStarts(int[] starts, int total)
    {
        if (starts[0] != 0 || starts[^1] != total)
        {
            throw new InvalidDataException("The stored adjacency's rows do not cover the relations.");
        }

        for (int i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1])
            {
                throw new InvalidDataException("The stored adjacency's rows are out of order.");
            }
        }
    }
}
