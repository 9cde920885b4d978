using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>A set of <see cref="SyntaxKind"/>s as a bit mask: the node kinds a rule wants to see.</summary>
public readonly record struct KindSet(ulong Bits)
{
    /// <summary>No kinds.</summary>
    public static KindSet None => default;

    /// <summary>Every node kind that can carry directives.</summary>
    public static KindSet WithDirectives { get; } = Of(
        SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread,
        SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension,
        SyntaxKind.ScalarTypeDefinition, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeDefinition,
        SyntaxKind.ObjectTypeExtension, SyntaxKind.FieldDefinition, SyntaxKind.InputValueDefinition,
        SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeDefinition,
        SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumTypeExtension,
        SyntaxKind.EnumValueDefinition, SyntaxKind.InputObjectTypeDefinition, SyntaxKind.InputObjectTypeExtension);

    /// <summary>The set of the given kinds.</summary>
    public static KindSet Of(params ReadOnlySpan<SyntaxKind> kinds)
    {
        ulong bits = 0;
        foreach (SyntaxKind kind in kinds)
        {
            bits |= 1UL << (int)kind;
        }

        return new KindSet(bits);
    }

    /// <summary>Whether <paramref name="kind"/> is in the set.</summary>
    public bool Contains(SyntaxKind kind) => (Bits & (1UL << (int)kind)) != 0;
}
