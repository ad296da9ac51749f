"""``iop-course serve``: the course in a web browser, through textual-serve.

Every browser tab gets its own app process. Those processes are started in sessions of their
own and recorded, so stopping the server ends every one of them: a plain textual-serve server
leaves its apps running when it is killed.
"""
