namespace ClusterGraph.GraphQL.Types;

/// <summary>Type relations the spec uses in validation and execution.</summary>
public static class TypeComparators
{
    /// <summary>Same named type under the same wrappers.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b)
    {
        while (true)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            switch (a)
            {
                case NonNullType nonNullA when b is NonNullType nonNullB:
                    a = nonNullA.OfType;
                    b = nonNullB.OfType;
                    continue;
                case ListType listA when b is ListType listB:
                    a = listA.OfType;
                    b = listB.OfType;
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is NonNullType subNonNull)
                {
                    maybeSubType = subNonNull.OfType;
                    superType = superNonNull.OfType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is NonNullType nonNullSub)
            {
                maybeSubType = nonNullSub.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is ListType subList)
                {
                    maybeSubType = subList.OfType;
                    superType = superList.OfType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType.IsAbstractType
                && maybeSubType is ObjectType or InterfaceType
                && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
        }
    }

    /// <summary>Whether two composite types can describe the same object.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (ObjectType type in schema.GetPossibleTypes(a))
                {
                    if (schema.IsSubType(b, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(a, b);
        }

        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
