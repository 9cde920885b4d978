namespace ClusterGraph.Graph.Synthetic;

/// <summary>How many entities of each kind a synthetic graph of a given size holds; the counts add up to the requested total.</summary>
/// <param name="Regions">The country, its 17 first-level divisions and their cities or districts.</param>
/// <param name="Industries">Industries (fixed templates).</param>
/// <param name="Stages">Value-chain stages of those industries.</param>
/// <param name="Complexes">Industrial complexes.</param>
/// <param name="Institutes">Institutes, including one government and one technopark per division.</param>
/// <param name="Initiatives">Initiatives.</param>
/// <param name="Companies">Companies: the rest.</param>
public sealed record SyntheticComposition(int Regions, int Industries, int Stages, int Complexes, int Institutes, int Initiatives, int Companies)
{
    /// <summary>The sum of all kinds.</summary>
    public int Total => Regions + Industries + Stages + Complexes + Institutes + Initiatives + Companies;

    /// <summary>The composition for <paramref name="entityCount"/> entities: about 94% companies at scale, the rest in fixed proportions.</summary>
    public static SyntheticComposition For(int entityCount)
    {
        int provinces = SyntheticCatalog.Provinces.Length;
        int industries = SyntheticCatalog.Industries.Length;
        int stages = SyntheticCatalog.Industries.Sum(i => i.Stages.Length);
        int regions = Math.Max(1 + (2 * provinces), entityCount / 400);
        int complexes = Math.Max(provinces, entityCount / 250);
        int institutes = Math.Max(3 * provinces, entityCount / 60);
        int initiatives = Math.Max(provinces, entityCount / 50);
        int companies = entityCount - regions - industries - stages - complexes - institutes - initiatives;
        return new SyntheticComposition(regions, industries, stages, complexes, institutes, initiatives, companies);
    }
}
