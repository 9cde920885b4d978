namespace ClusterGraph.GraphQL.Validation.FieldMerging;

/// <summary>
/// The pairwise loops of the merge check. graphql-js compares every pair of fields sharing a response
/// name; two fields with the same group key (see <see cref="CanonicalText.GroupKeyOf"/>) give the same
/// answer as any other pair of that group, so each group is compared once: a group of leaf fields never
/// conflicts, a group with selections is compared pairwise only when its first pair conflicts (and then
/// every pair is an error, which the error limit cuts short).
/// </summary>
internal sealed partial class FieldConflictFinder
{
    private const int GroupingThreshold = 4;

    private void CollectConflictsWithin(ConflictSink sink, FieldsAndFragments fieldMap)
    {
        foreach (string responseName in fieldMap.ResponseNames)
        {
            List<FieldEntry> fields = fieldMap.FieldsByName[responseName];
            if (fields.Count < 2)
            {
                continue;
            }

            if (fields.Count <= GroupingThreshold)
            {
                for (int i = 0; i < fields.Count && !ShouldStop; i++)
                {
                    for (int j = i + 1; j < fields.Count && !ShouldStop; j++)
                    {
                        Emit(sink, FindConflict(false, responseName, fields[i], fields[j]));
                    }
                }

                continue;
            }

            var groups = new GroupTable();
            if (TrySkipUniform(fields, null, false, responseName, groups))
            {
                continue;
            }

            for (int i = 0; i < fields.Count && !ShouldStop; i++)
            {
                for (int j = i + 1; j < fields.Count && !ShouldStop; j++)
                {
                    ComparePair(sink, false, responseName, fields[i], fields[j], groups);
                }
            }
        }
    }

    private void CollectConflictsBetween(ConflictSink sink, bool mutuallyExclusive, FieldsAndFragments fieldMap1, FieldsAndFragments fieldMap2)
    {
        foreach (string responseName in fieldMap1.ResponseNames)
        {
            if (ShouldStop)
            {
                return;
            }

            if (!fieldMap2.FieldsByName.TryGetValue(responseName, out List<FieldEntry>? fields2))
            {
                continue;
            }

            List<FieldEntry> fields1 = fieldMap1.FieldsByName[responseName];
            if (fields1.Count * fields2.Count <= GroupingThreshold)
            {
                foreach (FieldEntry field1 in fields1)
                {
                    foreach (FieldEntry field2 in fields2)
                    {
                        Emit(sink, FindConflict(mutuallyExclusive, responseName, field1, field2));
                    }
                }

                continue;
            }

            var groups = new GroupTable();
            if (TrySkipUniform(fields1, fields2, mutuallyExclusive, responseName, groups))
            {
                continue;
            }

            for (int i = 0; i < fields1.Count && !ShouldStop; i++)
            {
                for (int j = 0; j < fields2.Count && !ShouldStop; j++)
                {
                    ComparePair(sink, mutuallyExclusive, responseName, fields1[i], fields2[j], groups);
                }
            }
        }
    }

    /// <summary>
    /// When every field on both sides has one group key and the group cannot conflict, there is nothing to
    /// report: answered in linear time. Otherwise fills nothing and returns false.
    /// </summary>
    private bool TrySkipUniform(List<FieldEntry> fields1, List<FieldEntry>? fields2, bool mutuallyExclusive, string responseName, GroupTable groups)
    {
        string? key = KeyOf(fields1[0]);
        if (key is null || !AllHaveKey(fields1, key) || (fields2 is not null && !AllHaveKey(fields2, key)))
        {
            return false;
        }

        FieldEntry other = fields2 is null ? fields1[1] : fields2[0];
        return groups.IsConflictFree(key, () => FindConflict(mutuallyExclusive, responseName, fields1[0], other), out _)
            && !LimitExceeded;
    }

    private static bool AllHaveKey(List<FieldEntry> fields, string key)
    {
        foreach (FieldEntry field in fields)
        {
            if (KeyOf(field) != key)
            {
                return false;
            }
        }

        return true;
    }

    private void ComparePair(ConflictSink sink, bool mutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2, GroupTable groups)
    {
        if (++_iterations > _maxIterations)
        {
            LimitExceeded = true;
            return;
        }

        string? key = KeyOf(field1);
        if (key is not null && key == KeyOf(field2))
        {
            if (groups.IsConflictFree(key, () => FindConflict(mutuallyExclusive, responseName, field1, field2), out FieldConflict? first))
            {
                return;
            }

            if (first is not null)
            {
                // The group's first pair was just compared for the table; report it as graphql-js would.
                Emit(sink, first);
                return;
            }
        }

        Emit(sink, FindConflict(mutuallyExclusive, responseName, field1, field2));
    }

    private void Emit(ConflictSink sink, FieldConflict? conflict)
    {
        if (conflict is not null && !ShouldStop)
        {
            sink.Add(conflict);
        }
    }

    private static string? KeyOf(FieldEntry entry)
    {
        if (!entry.GroupKeyComputed)
        {
            entry.GroupKey = CanonicalText.GroupKeyOf(entry);
            entry.GroupKeyComputed = true;
        }

        return entry.GroupKey;
    }

    /// <summary>Per loop: whether the pairs of each group are conflict-free, learned from the group's first pair.</summary>
    private sealed class GroupTable
    {
        private readonly Dictionary<string, bool> _conflictFree = new(StringComparer.Ordinal);

        /// <summary>
        /// Whether pairs of this group never conflict. The first time, compares one pair (a leaf group needs
        /// no comparison) and hands back that pair's conflict in <paramref name="first"/>.
        /// </summary>
        public bool IsConflictFree(string key, Func<FieldConflict?> compareFirstPair, out FieldConflict? first)
        {
            first = null;
            if (_conflictFree.TryGetValue(key, out bool known))
            {
                return known;
            }

            // A key without a selection ends in ')' or the field name: such fields never conflict.
            bool conflictFree;
            if (!key.EndsWith('}'))
            {
                conflictFree = true;
            }
            else
            {
                first = compareFirstPair();
                conflictFree = first is null;
            }

            _conflictFree[key] = conflictFree;
            return conflictFree;
        }
    }
}
