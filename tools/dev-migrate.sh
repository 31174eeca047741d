#!/usr/bin/env bash
# Until the first release the schema is ONE migration, "Initial", per provider (there is no deployed database to
# upgrade). After a model change, regenerate it with this script; delete data/ of a local run afterwards.
# After the first release, migrations become additive (see docs/development.md) and this script goes away.
set -euo pipefail
cd "$(dirname "$0")/../bot/Coalitie.Bot"
dotnet tool restore >/dev/null
rm -f Persistence/Migrations/Sqlite/*.cs Persistence/Migrations/Postgres/*.cs
dotnet build -v q -clp:"ErrorsOnly;NoSummary" >&2 || { echo "dev-migrate: the build failed" >&2; exit 1; }
dotnet ef migrations add Initial --no-build --context SqliteCoalitieDbContext --output-dir Persistence/Migrations/Sqlite --namespace Coalitie.Bot.Persistence.Migrations.Sqlite >/dev/null
dotnet ef migrations add Initial --no-build --context PostgresCoalitieDbContext --output-dir Persistence/Migrations/Postgres --namespace Coalitie.Bot.Persistence.Migrations.Postgres >/dev/null
# dotnet-ef writes model snapshots by namespace path; keep them beside their migrations.
for p in Sqlite Postgres; do
  if [ -d "Coalitie/Bot/Persistence/Migrations/$p" ]; then mv Coalitie/Bot/Persistence/Migrations/$p/*.cs "Persistence/Migrations/$p/"; fi
done
rm -rf Coalitie
echo "dev-migrate: regenerated the Initial migration for SQLite and PostgreSQL"
ls Persistence/Migrations/*/
