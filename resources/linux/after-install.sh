#!/bin/bash
# Post-install script of the Kiosque Numérique .deb package.
#
# electron-builder treats this file as a template: the two macros written with a dollar sign
# and braces (executable, sanitizedProductName) are replaced at build time, and any other
# braced name would stop the build. Shell variables below are therefore written without
# braces ($VAR).
#
# What it does, in order:
#   1. puts the app on PATH (/usr/bin/<executable>) through update-alternatives;
#   2. gives Chromium's sandbox helper the permissions this kernel needs;
#   3. creates the system group kiosque-numerique (add the kiosk account to it);
#   4. creates the machine configuration folder /etc/kiosque-numerique (root-owned) with the
#      example config, and config.json from it on first install only (an existing config.json
#      is never touched): root:kiosque-numerique, mode 0640, since it holds the admin PIN hash;
#      creates the log folder /var/log/kiosque-numerique, writable by the group;
#   5. refreshes the desktop and MIME databases and installs the AppArmor profile where the
#      running AppArmor understands it (Ubuntu 24.04 and later need it for the sandbox).

APP_DIR='/opt/${sanitizedProductName}'
BIN_NAME='${executable}'
CONFIG_DIR=/etc/kiosque-numerique
LOG_DIR=/var/log/kiosque-numerique
GROUP=kiosque-numerique

# 1. Command on PATH.
if command -v update-alternatives >/dev/null 2>&1; then
  # A plain symlink left by an older package would make update-alternatives refuse.
  if [ -L "/usr/bin/$BIN_NAME" ] && [ "$(readlink "/usr/bin/$BIN_NAME")" != "/etc/alternatives/$BIN_NAME" ]; then
    rm -f "/usr/bin/$BIN_NAME"
  fi
  update-alternatives --install "/usr/bin/$BIN_NAME" "$BIN_NAME" "$APP_DIR/$BIN_NAME" 100 \
    || ln -sf "$APP_DIR/$BIN_NAME" "/usr/bin/$BIN_NAME"
else
  ln -sf "$APP_DIR/$BIN_NAME" "/usr/bin/$BIN_NAME"
fi

# 2. Chromium sandbox: setuid helper only where unprivileged user namespaces are unavailable.
if [ -L /proc/self/ns/user ] && unshare --user true 2>/dev/null; then
  chmod 0755 "$APP_DIR/chrome-sandbox" || true
else
  chmod 4755 "$APP_DIR/chrome-sandbox" || true
fi

# 3. The group of the kiosk account(s): reads the config, writes the logs.
if ! getent group "$GROUP" >/dev/null 2>&1; then
  groupadd --system "$GROUP" || true
fi
CONFIG_GROUP=root
if getent group "$GROUP" >/dev/null 2>&1; then
  CONFIG_GROUP="$GROUP"
fi

# 4. Machine configuration folder and log folder.
install -d -o root -g root -m 0755 "$CONFIG_DIR"
if [ -f "$APP_DIR/resources/config.example.json" ]; then
  install -o root -g root -m 0644 "$APP_DIR/resources/config.example.json" "$CONFIG_DIR/config.example.json"
  if [ ! -e "$CONFIG_DIR/config.json" ]; then
    install -o root -g "$CONFIG_GROUP" -m 0640 "$APP_DIR/resources/config.example.json" "$CONFIG_DIR/config.json"
  fi
fi
install -d -o root -g "$CONFIG_GROUP" -m 2775 "$LOG_DIR"

# 5. Desktop integration and AppArmor.
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database /usr/share/mime || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database /usr/share/applications || true
fi
if command -v apparmor_status >/dev/null 2>&1 && apparmor_status --enabled >/dev/null 2>&1; then
  PROFILE_SOURCE="$APP_DIR/resources/apparmor-profile"
  PROFILE_TARGET="/etc/apparmor.d/$BIN_NAME"
  if [ -f "$PROFILE_SOURCE" ] && apparmor_parser --skip-kernel-load --debug "$PROFILE_SOURCE" >/dev/null 2>&1; then
    cp -f "$PROFILE_SOURCE" "$PROFILE_TARGET"
    # Loading a profile makes no sense inside a chroot (image preparation).
    if ! { [ -x /usr/bin/ischroot ] && /usr/bin/ischroot; }; then
      apparmor_parser --replace --write-cache --skip-read-cache "$PROFILE_TARGET" || true
    fi
  fi
fi

exit 0
