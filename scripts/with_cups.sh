#!/usr/bin/env bash
# Runs a command with a throwaway print spooler: installs Debian's `cups` and
# `printer-driver-cups-pdf` if they are missing, starts a private cupsd of its own (its own
# configuration, spool and log folders in a temporary folder, listening only on a unix socket
# there, so it never meets the machine's own spooler), adds the queue AuylPDF whose cups-pdf
# backend writes every job as a PDF file into that folder, runs the command, then stops the
# spooler and deletes the folder.
#   scripts/with_cups.sh .venv/bin/python -m pytest tests/ui/test_system_printer.py
# Exported for the command:
#   CUPS_SERVER              the spooler's socket (libcups, Qt's print support and lp read it)
#   AUYL_TEST_PRINTER        the queue's name
#   AUYL_TEST_PRINTER_OUT    the folder the printed PDF files appear in
#   AUYL_TEST_CUPSD          the command line that starts the spooler again (a test stops it)
#   AUYL_TEST_CUPSD_PIDFILE  the file holding the running spooler's process id
# cups-pdf runs only as root (the backend is mode 0700), and its per-queue configuration lives
# in /etc/cups: without root the command runs with no test printer, and the print tests skip.
set -euo pipefail

# One function, read whole before it runs: the script may be edited while a long run goes on.
main() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "with_cups.sh: not root, so no test printer (the system-printer tests will skip)" >&2
    exec "$@"
  fi
  if ! command -v cupsd >/dev/null 2>&1 || [ ! -x /usr/lib/cups/backend/cups-pdf ]; then
    echo "Installing CUPS with a PDF printer (Debian's cups and printer-driver-cups-pdf)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      cups printer-driver-cups-pdf
  fi

  queue="${AUYL_TEST_PRINTER:-AuylPDF}"
  folder=$(mktemp -d /tmp/auyl-cups.XXXXXX)
  chmod 0755 "$folder"
  mkdir -p "$folder"/{etc/ppd,spool/tmp,cache,state,log,out}
  chmod 0777 "$folder/out"  # cups-pdf writes the file as the job's user
  chmod 1777 "$folder/spool/tmp"
  socket="$folder/cups.sock"
  pidfile="$folder/cupsd.pid"
  conf="$folder/etc/cupsd.conf"
  files="$folder/etc/cups-files.conf"
  # cups-pdf reads /etc/cups/cups-pdf-NAME.conf for the device cups-pdf:/NAME: a name of this
  # run's own, so two runs at once never share an output folder.
  device="auyl-${folder##*.}"
  pdf_conf="/etc/cups/cups-pdf-$device.conf"

  cat >"$conf" <<EOF
Listen $socket
LogLevel info
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  JobPrivateAccess default
  JobPrivateValues default
  SubscriptionPrivateAccess default
  SubscriptionPrivateValues default
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
EOF
  cat >"$files" <<EOF
ServerRoot $folder/etc
RequestRoot $folder/spool
TempDir $folder/spool/tmp
CacheDir $folder/cache
StateDir $folder/state
ErrorLog $folder/log/error_log
AccessLog $folder/log/access_log
PageLog $folder/log/page_log
Printcap $folder/printcap
SystemGroup root
EOF
  cat >"$pdf_conf" <<EOF
Out $folder/out
AnonDirName $folder/out
Spool $folder/spool/cups-pdf
Label 1
EOF

  # In the foreground (-f) and sent to the background here, so its process id is known.
  cupsd_command="cupsd -f -c $conf -s $files"
  start_cupsd() {
    $cupsd_command &
    echo $! >"$pidfile"
  }
  stop() {
    if [ -f "$pidfile" ]; then
      pid=$(cat "$pidfile")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do  # let it finish writing before its folders go
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
    fi
    rm -f "$pdf_conf"
    rm -rf "$folder"
  }
  trap stop EXIT

  cupsd -t -c "$conf" -s "$files" >/dev/null
  start_cupsd
  for _ in $(seq 50); do
    [ -S "$socket" ] && break
    sleep 0.1
  done
  [ -S "$socket" ] || { cat "$folder/log/error_log" >&2 2>/dev/null; echo "cupsd did not start" >&2; exit 1; }

  export CUPS_SERVER="$socket"
  # CUPS calls printer drivers (PPD files) deprecated and says so on every lpadmin; they work.
  lpadmin -p "$queue" -E -v "cups-pdf:/$device" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd \
    2> >(grep -v "drivers are deprecated" >&2)
  lpadmin -d "$queue"
  export AUYL_TEST_PRINTER="$queue"
  export AUYL_TEST_PRINTER_OUT="$folder/out"
  export AUYL_TEST_CUPSD="$cupsd_command"
  export AUYL_TEST_CUPSD_PIDFILE="$pidfile"
  "$@"
}

main "$@"
