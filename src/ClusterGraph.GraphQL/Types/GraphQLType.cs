namespace ClusterGraph.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a wrapping (list, non-null) type. Wrapping types are built
/// fresh wherever a type reference appears; compare them with <see cref="TypeComparators.IsEqualType"/>.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    public abstract TypeKind Kind { get; }

    /// <summary>The named type under all list and non-null wrappers.</summary>
    public NamedType GetNamedType()
    {
        GraphQLType type = this;
        while (true)
        {
            switch (type)
            {
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    return (NamedType)type;
            }
        }
    }

    /// <summary>This type without its outer non-null wrapper.</summary>
    public GraphQLType NullableType => this is NonNullType nonNull ? nonNull.OfType : this;

    public bool IsNonNull => Kind == TypeKind.NonNull;

    public bool IsList => Kind == TypeKind.List;

    /// <summary>Scalars, enums and input objects (possibly wrapped): allowed for arguments and variables.</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Scalars, objects, interfaces, unions and enums (possibly wrapped): allowed for fields.</summary>
    public bool IsOutputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Object or TypeKind.Interface or TypeKind.Union or TypeKind.Enum;

    /// <summary>Scalars and enums (unwrapped).</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Objects, interfaces and unions (unwrapped).</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Interfaces and unions (unwrapped).</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>The type as SDL spells a reference to it, e.g. <c>[Int!]!</c>.</summary>
    public abstract override string ToString();
}
