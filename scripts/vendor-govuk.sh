#!/usr/bin/env bash
# Re-vendor GOV.UK Frontend into ui/static/govuk from npm (pinned), so `make run` needs no npm.
#
# The CSS is compiled from the package's Sass with ui/scss/govuk.scss: Arial instead of the
# GDS Transport font (licensed for GOV.UK services only, and a council intranet is not one),
# and asset paths under /static/govuk/assets/. The JS is the package's own ES module build.
set -euo pipefail
GOVUK_VERSION=6.6.0
SASS_VERSION=1.108.2
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null &&
  npm install --silent --no-audit --no-fund --ignore-scripts "govuk-frontend@$GOVUK_VERSION" "sass@$SASS_VERSION")
src="$work/node_modules/govuk-frontend/dist/govuk"
out="$root/ui/static/govuk"
rm -rf "$out" && mkdir -p "$out/assets/images"
"$work/node_modules/.bin/sass" --no-source-map --style=compressed --quiet-deps \
  --load-path="$work/node_modules" "$root/ui/scss/govuk.scss" "$out/govuk-frontend.min.css"
cp "$src/govuk-frontend.min.js" "$out/govuk-frontend.min.js"
cp "$src/assets/images/favicon.ico" "$src/assets/images/favicon.svg" "$out/assets/images/"
printf "GOV.UK Frontend %s, MIT licence (Crown copyright): https://github.com/alphagov/govuk-frontend\n" "$GOVUK_VERSION" > "$out/LICENSE.txt"
echo "$GOVUK_VERSION" > "$out/VERSION"
echo "GOV.UK Frontend $GOVUK_VERSION vendored into ui/static/govuk"
