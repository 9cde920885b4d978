using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Partner suggestions for an organization (see <see cref="PartnerSuggestion"/> for the rules and
/// <see cref="SuggestionReasonKind"/> for the weights). Reads every relation regardless of dates.
/// </summary>
internal sealed class PartnerSuggester
{
    private readonly GraphSnapshot _snapshot;
    private readonly int _self;
    private readonly Dictionary<int, Dictionary<(SuggestionReasonKind, int), SuggestionReason>> _reasons = [];

    private PartnerSuggester(GraphSnapshot snapshot, int self)
    {
        _snapshot = snapshot;
        _self = self;
    }

    public static List<PartnerSuggestion> Suggest(GraphSnapshot snapshot, string organizationId, IReadOnlyList<EntityKind>? kinds, int first)
    {
        if (first is < 1 or > StoreLimits.MaxSuggestions)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "first",
                $"'first' must be between 1 and {StoreLimits.MaxSuggestions}; got {first}.");
        }

        int self = snapshot.IndexOf(organizationId);
        if (self < 0 || !snapshot.IsOrganization(self))
        {
            return [];
        }

        var suggester = new PartnerSuggester(snapshot, self);
        suggester.Collect();
        HashSet<int> partners = suggester.Others(self, RelationType.PartnersWith, Direction.Both);
        var suggestions = new List<PartnerSuggestion>();
        foreach ((int candidate, Dictionary<(SuggestionReasonKind, int), SuggestionReason> reasons) in suggester._reasons)
        {
            if (partners.Contains(candidate) || (kinds is not null && !kinds.Contains(snapshot.Entities[candidate].Kind)))
            {
                continue;
            }

            List<SuggestionReason> list = [.. reasons.Values];
            list.Sort(static (a, b) =>
            {
                int c = b.Weight.CompareTo(a.Weight);
                if (c == 0)
                {
                    c = a.Kind.CompareTo(b.Kind);
                }

                return c != 0 ? c : string.CompareOrdinal(a.Via.Id, b.Via.Id);
            });
            suggestions.Add(new PartnerSuggestion(snapshot.Entities[candidate], list.Sum(r => r.Weight), list));
        }

        suggestions.Sort(static (a, b) =>
        {
            int c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : string.CompareOrdinal(a.Entity.Id, b.Entity.Id);
        });
        return suggestions.Count > first ? suggestions.GetRange(0, first) : suggestions;
    }

    /// <summary>The weight each reason kind adds to a score.</summary>
    public static double WeightOf(SuggestionReasonKind kind) => kind switch
    {
        SuggestionReasonKind.SharedStage => 3,
        SuggestionReasonKind.SameComplex or SuggestionReasonKind.CommonSupporter or SuggestionReasonKind.CoParticipant => 2,
        SuggestionReasonKind.PartnerOfPartner or SuggestionReasonKind.SupplyChainNeighbor => 1.5,
        _ => 1,
    };

    private void Collect()
    {
        HashSet<int> activities = Others(_self, RelationType.ActiveIn, Direction.Out);
        foreach (int activity in activities)
        {
            AddAll(SuggestionReasonKind.SharedStage, activity, Others(activity, RelationType.ActiveIn, Direction.In));
            foreach (int neighborStage in Others(activity, RelationType.Feeds, Direction.Both))
            {
                AddAll(SuggestionReasonKind.SupplyChainNeighbor, neighborStage, Others(neighborStage, RelationType.ActiveIn, Direction.In));
            }
        }

        foreach (int place in Others(_self, RelationType.LocatedIn, Direction.Out))
        {
            if (_snapshot.Entities[place].Kind == EntityKind.IndustrialComplex)
            {
                AddAll(SuggestionReasonKind.SameComplex, place, Others(place, RelationType.LocatedIn, Direction.In));
            }
        }

        int region = Containment.SmallestRegion(_snapshot, _self);
        if (region >= 0)
        {
            foreach (int other in EntityLister.WithinSet(_snapshot, [_snapshot.Entities[region].Id], null))
            {
                if (_snapshot.IsOrganization(other) && Containment.SmallestRegion(_snapshot, other) == region)
                {
                    Add(SuggestionReasonKind.SameRegion, region, other);
                }
            }
        }

        foreach (int supporter in Others(_self, RelationType.Supports, Direction.In))
        {
            AddAll(SuggestionReasonKind.CommonSupporter, supporter, Others(supporter, RelationType.Supports, Direction.Out));
        }

        foreach (int partner in Others(_self, RelationType.PartnersWith, Direction.Both))
        {
            AddAll(SuggestionReasonKind.PartnerOfPartner, partner, Others(partner, RelationType.PartnersWith, Direction.Both));
        }

        foreach (int initiative in Others(_self, RelationType.ParticipatesIn, Direction.Out))
        {
            AddAll(SuggestionReasonKind.CoParticipant, initiative, Others(initiative, RelationType.ParticipatesIn, Direction.In));
        }
    }

    private void AddAll(SuggestionReasonKind kind, int via, IEnumerable<int> candidates)
    {
        foreach (int candidate in candidates)
        {
            Add(kind, via, candidate);
        }
    }

    private void Add(SuggestionReasonKind kind, int via, int candidate)
    {
        if (candidate == _self || !_snapshot.IsOrganization(candidate))
        {
            return;
        }

        if (!_reasons.TryGetValue(candidate, out Dictionary<(SuggestionReasonKind, int), SuggestionReason>? reasons))
        {
            _reasons[candidate] = reasons = [];
        }

        Entity through = _snapshot.Entities[via];
        reasons.TryAdd((kind, via), new SuggestionReason(kind, through, TextOf(kind, through), WeightOf(kind)));
    }

    private HashSet<int> Others(int entity, RelationType type, Direction direction)
    {
        var result = new HashSet<int>();
        if (direction != Direction.In)
        {
            foreach (int r in _snapshot.OutOf(entity))
            {
                if (_snapshot.Relations[r].Type == type)
                {
                    result.Add(_snapshot.RelationTo[r]);
                }
            }
        }

        if (direction != Direction.Out)
        {
            foreach (int r in _snapshot.InOf(entity))
            {
                if (_snapshot.Relations[r].Type == type)
                {
                    result.Add(_snapshot.RelationFrom[r]);
                }
            }
        }

        return result;
    }

    private static LocalizedText TextOf(SuggestionReasonKind kind, Entity via)
    {
        string ko = via.Names.Get(Lang.Ko) ?? via.Id;
        string en = via.Names.Get(Lang.En) ?? via.Id;
        return kind switch
        {
            SuggestionReasonKind.SharedStage => new($"둘 다 {ko} 분야에서 활동", $"Both are active in {en}"),
            SuggestionReasonKind.SameComplex => new($"같은 산업단지 {ko}에 입주", $"Both are located in {en}"),
            SuggestionReasonKind.SameRegion => new($"같은 지역 {ko}에 소재", $"Both are in {en}"),
            SuggestionReasonKind.CommonSupporter => new($"{ko}의 지원을 함께 받음", $"Both are supported by {en}"),
            SuggestionReasonKind.PartnerOfPartner => new($"협력 기관 {ko}의 협력 상대", $"A partner of your partner {en}"),
            SuggestionReasonKind.SupplyChainNeighbor => new($"가치사슬 인접 단계 {ko}에서 활동", $"Active in the neighbouring value-chain stage {en}"),
            _ => new($"{ko}에 함께 참여", $"Both take part in {en}"),
        };
    }
}
