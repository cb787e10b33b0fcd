"""Where :func:`write_convokit` used to live: it is now :mod:`presslib.io.convokit`."""

from .io.convokit import ConvoKitWriter, convokit_utterances, write_convokit

__all__ = ["ConvoKitWriter", "convokit_utterances", "write_convokit"]
