"""``dealwatch``: one entry point, one sub-command per task."""

from __future__ import annotations

import gc

import typer

from streams.cli import broker
from streams.cli.alerts import alerts
from streams.cli.company import company
from streams.cli.demo import demo
from streams.cli.eval import eval_command
from streams.cli.eval_sentences import eval_sentences_command
from streams.cli.extract import extract
from streams.cli.feed import feed
from streams.cli.generate import generate_command
from streams.cli.top import top
from streams.cli.worker import worker

app = typer.Typer(
    name="dealwatch",
    help="Turn a stream of business news into deal events, live company state and alerts.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(broker.app, name="broker")
app.command("feed")(feed)
app.command("alerts")(alerts)
app.command("company")(company)
app.command("demo")(demo)
app.command("eval")(eval_command)
app.command("eval-sentences")(eval_sentences_command)
app.command("extract")(extract)
app.command("generate")(generate_command)
app.command("top")(top)
app.command("worker")(worker)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    finally:
        # The interpreter's last collection would walk every object the imports made: 1.3-1.4 s of each
        # command's exit on a loaded machine (0.1 s frozen), e.g. a worker that found no broker. Handlers
        # and files are closed before that collection (logging's atexit, io), frozen or not.
        gc.freeze()


if __name__ == "__main__":
    main()
