using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>Evaluates <see cref="EntityFilter"/>s and <see cref="EntityOrder"/>s over a snapshot.</summary>
internal static class EntityLister
{
    private static readonly RelationType[] s_activityTypes = [RelationType.ActiveIn, RelationType.SpecializesIn];

    /// <summary>Indices of the entities matching <paramref name="filter"/>, in no particular order.</summary>
    public static List<int> Match(GraphSnapshot snapshot, EntityFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        HashSet<int>? withinSet = null;
        IEnumerable<int> start;
        if (filter.ActiveIn is not null)
        {
            start = ActiveInSet(snapshot, filter.ActiveIn, filter.AsOf);
        }
        else if (filter.Within is not null)
        {
            withinSet = WithinSet(snapshot, filter.Within, filter.AsOf);
            start = withinSet;
        }
        else if (filter.RegionLevels is not null)
        {
            start = snapshot.ByKind[(int)EntityKind.Region];
        }
        else if (filter.InitiativeFrom is not null || filter.InitiativeTo is not null)
        {
            start = snapshot.ByKind[(int)EntityKind.Initiative];
        }
        else if (filter.Kinds is not null)
        {
            start = filter.Kinds.Distinct().Where(Enum.IsDefined).SelectMany(k => snapshot.ByKind[(int)k]);
        }
        else
        {
            start = Enumerable.Range(0, snapshot.Entities.Length);
        }

        int[]? withinIds = filter.Within is null || withinSet is not null
            ? null
            : [.. filter.Within.Select(snapshot.IndexOf).Where(i => i >= 0)];
        string? needle = string.IsNullOrWhiteSpace(filter.NameContains) ? null : TextFolding.Fold(filter.NameContains);
        var ancestors = new HashSet<int>();
        var result = new List<int>();
        foreach (int e in start)
        {
            Entity entity = snapshot.Entities[e];
            if (filter.Kinds is not null && !filter.Kinds.Contains(entity.Kind))
            {
                continue;
            }

            if (filter.RegionLevels is not null
                && !(entity.Attributes is RegionAttributes region && filter.RegionLevels.Contains(region.Level)))
            {
                continue;
            }

            if ((filter.InitiativeFrom is not null || filter.InitiativeTo is not null) && !InitiativeInRange(entity, filter))
            {
                continue;
            }

            if (filter.BoundingBox is BoundingBox box
                && !(entity.Location is GeoPoint point && box.Contains(point.Lat, point.Lon)))
            {
                continue;
            }

            if (needle is not null && !NameContains(snapshot.SearchForms[e], needle))
            {
                continue;
            }

            if (withinIds is not null)
            {
                ancestors.Clear();
                snapshot.AddAncestors(e, filter.AsOf, ancestors);
                if (!withinIds.Any(ancestors.Contains))
                {
                    continue;
                }
            }

            result.Add(e);
        }

        return result;
    }

    /// <summary>The total order of a list: the given keys, then ID ascending.</summary>
    public static Comparison<int> Order(GraphSnapshot snapshot, IReadOnlyList<EntityOrder> order)
    {
        // IDs are unique, so comparing their ranks is comparing them, without touching the strings.
        int[] idRank = snapshot.IdRank;
        if (order.Count == 0)
        {
            return (a, b) => idRank[a].CompareTo(idRank[b]);
        }

        return (a, b) =>
        {
            foreach (EntityOrder key in order)
            {
                int c = CompareKey(snapshot, key, a, b);
                if (c != 0)
                {
                    return key.Direction == OrderDirection.Desc ? -c : c;
                }
            }

            return idRank[a].CompareTo(idRank[b]);
        };
    }

    /// <summary>The cursor scope of an ordering, e.g. <c>entities:NAME.ASC.KO</c>.</summary>
    public static string Scope(IReadOnlyList<EntityOrder> order) =>
        "entities:" + string.Join(",", order.Select(o =>
            ContractNames.ToContractName(o.Field) + "." + ContractNames.ToContractName(o.Direction)
            + (o.Field == EntityOrderField.Name ? "." + ContractNames.ToContractName(o.Lang) : string.Empty)));

    /// <summary>The cursor keys of an entity under an ordering: one per key, then its ID.</summary>
    public static string[] KeysOf(GraphSnapshot snapshot, IReadOnlyList<EntityOrder> order, int e)
    {
        string[] keys = new string[order.Count + 1];
        for (int i = 0; i < order.Count; i++)
        {
            keys[i] = order[i].Field switch
            {
                EntityOrderField.Name => NameOf(snapshot, e, order[i].Lang),
                EntityOrderField.Kind => ((int)snapshot.Entities[e].Kind).ToString(CultureInfo.InvariantCulture),
                _ => snapshot.DegreeOf(e).ToString(CultureInfo.InvariantCulture),
            };
        }

        keys[^1] = snapshot.Entities[e].Id;
        return keys;
    }

    /// <summary>Compares an entity with decoded cursor keys under an ordering.</summary>
    public static Func<int, int> CompareToKeys(GraphSnapshot snapshot, IReadOnlyList<EntityOrder> order, string[] keys, string argument)
    {
        int[] numbers = new int[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            if (order[i].Field != EntityOrderField.Name
                && !int.TryParse(keys[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out numbers[i]))
            {
                throw new GraphQueryException(GraphQueryErrorCode.InvalidCursor, argument, $"Invalid cursor in '{argument}': a sort key is not a number.");
            }
        }

        return e =>
        {
            for (int i = 0; i < order.Count; i++)
            {
                int c = order[i].Field switch
                {
                    EntityOrderField.Name => string.Compare(NameOf(snapshot, e, order[i].Lang), keys[i], StringComparison.OrdinalIgnoreCase),
                    EntityOrderField.Kind => ((int)snapshot.Entities[e].Kind).CompareTo(numbers[i]),
                    _ => snapshot.DegreeOf(e).CompareTo(numbers[i]),
                };
                if (c != 0)
                {
                    return order[i].Direction == OrderDirection.Desc ? -c : c;
                }
            }

            return string.CompareOrdinal(snapshot.Entities[e].Id, keys[^1]);
        };
    }

    /// <summary>Entities located (transitively) in any of the places, not the places themselves.</summary>
    public static HashSet<int> WithinSet(GraphSnapshot snapshot, IEnumerable<string> placeIds, DateOnly? asOf)
    {
        var found = new HashSet<int>();
        var queue = new Queue<(int Place, int Depth)>();
        foreach (string id in placeIds)
        {
            int place = snapshot.IndexOf(id);
            if (place >= 0 && snapshot.IsPlace(place))
            {
                queue.Enqueue((place, 0));
            }
        }

        while (queue.Count > 0)
        {
            (int place, int depth) = queue.Dequeue();
            if (depth >= GraphSnapshot.MaxContainmentDepth)
            {
                continue;
            }

            foreach (int r in snapshot.InOf(place))
            {
                if (snapshot.Relations[r].Type == RelationType.LocatedIn && snapshot.IsValid(r, asOf))
                {
                    int inner = snapshot.RelationFrom[r];
                    if (found.Add(inner) && snapshot.IsPlace(inner))
                    {
                        queue.Enqueue((inner, depth + 1));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Entities ACTIVE_IN or SPECIALIZES_IN any of the activities (an industry also through its stages).</summary>
    public static HashSet<int> ActiveInSet(GraphSnapshot snapshot, IEnumerable<string> activityIds, DateOnly? asOf)
    {
        var found = new HashSet<int>();
        foreach (int activity in ExpandActivities(snapshot, activityIds))
        {
            foreach (int r in snapshot.InOf(activity))
            {
                if (s_activityTypes.Contains(snapshot.Relations[r].Type) && snapshot.IsValid(r, asOf))
                {
                    found.Add(snapshot.RelationFrom[r]);
                }
            }
        }

        return found;
    }

    /// <summary>The activities named (industries and stages only), each industry followed by its stages.</summary>
    public static HashSet<int> ExpandActivities(GraphSnapshot snapshot, IEnumerable<string> activityIds)
    {
        var activities = new HashSet<int>();
        foreach (string id in activityIds)
        {
            int activity = snapshot.IndexOf(id);
            if (activity < 0)
            {
                continue;
            }

            EntityKind kind = snapshot.Entities[activity].Kind;
            if (kind == EntityKind.ValueChainStage)
            {
                activities.Add(activity);
            }
            else if (kind == EntityKind.Industry)
            {
                activities.Add(activity);
                activities.UnionWith(StagesOf(snapshot, activity));
            }
        }

        return activities;
    }

    /// <summary>The stages of an industry in value-chain order (order, then ID).</summary>
    public static List<int> StagesOf(GraphSnapshot snapshot, int industry)
    {
        var stages = new List<int>();
        foreach (int stage in snapshot.ByKind[(int)EntityKind.ValueChainStage])
        {
            if (snapshot.StageIndustry[stage] == industry)
            {
                stages.Add(stage);
            }
        }

        stages.Sort((a, b) =>
        {
            int c = OrderOf(snapshot.Entities[a]).CompareTo(OrderOf(snapshot.Entities[b]));
            return c != 0 ? c : string.CompareOrdinal(snapshot.Entities[a].Id, snapshot.Entities[b].Id);
        });
        return stages;
    }

    /// <summary>True when a folded needle occurs in any folded name or alias.</summary>
    public static bool NameContains(SearchForm[] forms, string needle)
    {
        foreach (SearchForm form in forms)
        {
            if (form.Folded.Contains(needle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int OrderOf(Entity stage) => stage.Attributes is StageAttributes attributes ? attributes.Order : int.MaxValue;

    private static bool InitiativeInRange(Entity entity, EntityFilter filter) =>
        entity.Attributes is InitiativeAttributes { Date: DateOnly date }
        && (filter.InitiativeFrom is not DateOnly from || date >= from)
        && (filter.InitiativeTo is not DateOnly to || date <= to);

    private static string NameOf(GraphSnapshot snapshot, int e, Lang lang) => snapshot.Entities[e].Names.Get(lang) ?? string.Empty;

    private static int CompareKey(GraphSnapshot snapshot, EntityOrder key, int a, int b) => key.Field switch
    {
        EntityOrderField.Name => string.Compare(NameOf(snapshot, a, key.Lang), NameOf(snapshot, b, key.Lang), StringComparison.OrdinalIgnoreCase),
        EntityOrderField.Kind => snapshot.Entities[a].Kind.CompareTo(snapshot.Entities[b].Kind),
        _ => snapshot.DegreeOf(a).CompareTo(snapshot.DegreeOf(b)),
    };
}
