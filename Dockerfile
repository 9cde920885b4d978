# The API, built from source. Build: docker build -t clustergraph-api .   (docker compose does it for you)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Node builds the GraphiQL page's assets (an MSBuild target runs npm ci in the API's web folder).
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first, so that source edits do not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ClusterGraph.sln ./
COPY src/ClusterGraph.GraphQL/ClusterGraph.GraphQL.csproj src/ClusterGraph.GraphQL/
COPY src/ClusterGraph.GraphQL.AspNetCore/ClusterGraph.GraphQL.AspNetCore.csproj src/ClusterGraph.GraphQL.AspNetCore/
COPY src/ClusterGraph.Graph/ClusterGraph.Graph.csproj src/ClusterGraph.Graph/
COPY src/ClusterGraph.Neo4j/ClusterGraph.Neo4j.csproj src/ClusterGraph.Neo4j/
COPY src/ClusterGraph.Redis/ClusterGraph.Redis.csproj src/ClusterGraph.Redis/
COPY src/ClusterGraph.Api/ClusterGraph.Api.csproj src/ClusterGraph.Api/
RUN dotnet restore src/ClusterGraph.Api/ClusterGraph.Api.csproj
# Without a .dockerignore the host's bin/obj come along; publish restores again, so they do no harm.
COPY src/ src/
COPY schema/ schema/
COPY seed/ seed/
RUN dotnet publish src/ClusterGraph.Api/ClusterGraph.Api.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY --from=build /src/seed /app/seed
COPY --from=build /src/schema /app/schema
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The image's unprivileged user.
USER $APP_UID
ENTRYPOINT ["dotnet", "ClusterGraph.Api.dll"]
